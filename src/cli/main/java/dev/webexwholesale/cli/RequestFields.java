package dev.webexwholesale.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The request's JSON field paths, read from the generated models (their {@code SerializedName}
 * fields), so CSV columns and JSON Lines fields are checked against the spec and nothing else.
 */
final class RequestFields {
  private RequestFields() {
  }

  /** Whether {@code path} (e.g. {@code provisioningParameters.firstName}) names a field of {@code root}. */
  static boolean known(Class<?> root, String path) {
    return leaf(root, path) != null;
  }

  /**
   * Sets {@code path} in {@code tree} from a CSV cell: lists from {@code a;b}, numbers and
   * booleans as such, everything else as a string. An empty cell sets nothing.
   */
  static void put(JsonObject tree, Class<?> root, String path, String cell) {
    if (cell.isEmpty()) {
      return;
    }
    Type leaf = leaf(root, path);
    if (leaf == null) {
      throw new IllegalArgumentException("unknown column " + path);
    }
    String[] segments = path.split("\\.");
    JsonObject at = tree;
    for (int i = 0; i < segments.length - 1; i++) {
      JsonElement next = at.get(segments[i]);
      if (next == null || !next.isJsonObject()) {
        next = new JsonObject();
        at.add(segments[i], next);
      }
      at = next.getAsJsonObject();
    }
    at.add(segments[segments.length - 1], value(leaf, cell));
  }

  /** The path of the first field in {@code tree} that {@code root} does not define, or null. */
  static String unknownField(JsonObject tree, Class<?> root) {
    return unknownIn(tree, root, "");
  }

  private static String unknownIn(JsonObject tree, Class<?> type, String prefix) {
    for (Map.Entry<String, JsonElement> e : tree.entrySet()) {
      Field f = field(type, e.getKey());
      String path = prefix + e.getKey();
      if (f == null) {
        return path;
      }
      String inner = unknownInValue(e.getValue(), f.getGenericType(), path);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static String unknownInValue(JsonElement value, Type type, String path) {
    Class<?> raw = raw(type);
    if (value.isJsonObject() && isModel(raw)) {
      return unknownIn(value.getAsJsonObject(), raw, path + ".");
    }
    if (value.isJsonObject() && Map.class.isAssignableFrom(raw)) {
      Type v = ((ParameterizedType) type).getActualTypeArguments()[1];
      for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
        String inner = unknownInValue(e.getValue(), v, path + "." + e.getKey());
        if (inner != null) {
          return inner;
        }
      }
    }
    if (value.isJsonArray() && List.class.isAssignableFrom(raw)) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (JsonElement e : value.getAsJsonArray()) {
        String inner = unknownInValue(e, item, path + "[]");
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /** The type a path ends in, or null when the path leaves the model. */
  private static Type leaf(Class<?> root, String path) {
    Type type = root;
    String[] segments = path.split("\\.", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (s.isEmpty()) {
        return null;
      }
      Class<?> raw = raw(type);
      if (Map.class.isAssignableFrom(raw)) {
        type = ((ParameterizedType) type).getActualTypeArguments()[1];
      } else if (isModel(raw)) {
        Field f = field(raw, s);
        if (f == null) {
          return null;
        }
        type = f.getGenericType();
      } else {
        return null;
      }
    }
    Class<?> raw = raw(type);
    if (isModel(raw) || Map.class.isAssignableFrom(raw)) {
      return null; // a CSV cell fills a value, not an object
    }
    return type;
  }

  private static JsonElement value(Type leaf, String cell) {
    Class<?> raw = raw(leaf);
    if (List.class.isAssignableFrom(raw)) {
      Type item = ((ParameterizedType) leaf).getActualTypeArguments()[0];
      JsonArray array = new JsonArray();
      for (String part : cell.split(";", -1)) {
        String p = part.strip();
        if (!p.isEmpty()) {
          array.add(value(item, p));
        }
      }
      return array;
    }
    if (Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class || raw == double.class) {
      try {
        return new JsonPrimitive(new BigDecimal(cell.strip()));
      } catch (NumberFormatException e) {
        return new JsonPrimitive(cell); // the model refuses it with a clear message
      }
    }
    if (raw == Boolean.class || raw == boolean.class) {
      String b = cell.strip();
      return b.equalsIgnoreCase("true") || b.equalsIgnoreCase("false")
          ? new JsonPrimitive(Boolean.parseBoolean(b)) : new JsonPrimitive(cell);
    }
    return new JsonPrimitive(cell);
  }

  private static Field field(Class<?> type, String name) {
    for (Field f : type.getDeclaredFields()) {
      SerializedName n = f.getAnnotation(SerializedName.class);
      if (n != null && n.value().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** A generated model object (as opposed to a string, number, open enum or list). */
  private static boolean isModel(Class<?> raw) {
    if (raw.isEnum() || raw.getPackage() == null || !raw.getPackageName().startsWith("dev.webexwholesale.model")) {
      return false;
    }
    for (Field f : raw.getDeclaredFields()) {
      if (f.getAnnotation(SerializedName.class) != null) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}
