package dev.webexwholesale.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenResponse;
import org.openapitools.codegen.model.OperationsMap;

/**
 * What the project's templates render, computed once from the processed spec: every name,
 * signature and argument list is decided here, so the templates only lay text out. Read by
 * the templates through public fields.
 */
final class Surface {
  static final String SUB_PARTNER_PARAM = "onBehalfOfSubPartnerOrgId";
  static final String BODY = "request";
  static final String PARAMS = "params";

  final List<Group> groups = new ArrayList<>();
  final List<Check> checks = new ArrayList<>();
  /** Properties declared x-webex-secret-query (a signed URL): the CLI prints them without their query. */
  final java.util.TreeSet<String> secretQueryProperties = new java.util.TreeSet<>();

  Map<String, Object> data() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", this);
    return m;
  }

  /** The Java literals of {@link #secretQueryProperties}, comma-separated. */
  public String secretQueryLiterals() {
    return String.join(", ", secretQueryProperties.stream().map(n -> "\"" + n + "\"").toList());
  }

  static Surface of(WholesaleCodegen codegen) {
    Surface s = new Surface();
    Map<String, Object> root = codegen.spec().getExtensions() == null ? Map.of()
        : codegen.spec().getExtensions();
    Map<?, ?> resources = root.get("x-webex-resources") instanceof Map<?, ?> r ? r : Map.of();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, OperationsMap> e : codegen.groups.entrySet()) {
      Group g = new Group(e.getKey(), resources.get(e.getKey()) instanceof Map<?, ?> gm ? gm : Map.of());
      for (CodegenOperation co : e.getValue().getOperations().getOperation()) {
        Op op = new Op(g, co, codegen);
        g.ops.add(op);
        if (op.bodyType != null && codegen.models.containsKey(op.bodyType)) {
          s.addChecks(op.bodyType, codegen, checked);
        }
      }
      for (Op op : g.ops) {
        op.resolveWaits(g);
      }
      s.groups.add(g);
    }
    s.groups.get(s.groups.size() - 1).last = true;
    for (CodegenModel m : codegen.models.values()) {
      for (CodegenProperty p : m.vars) {
        if (Boolean.TRUE.equals(p.vendorExtensions.get("x-webex-secret-query"))) {
          s.secretQueryProperties.add(p.baseName);
        }
      }
    }
    return s;
  }

  /** One check method per request model reachable from a body, with what its schema requires. */
  private void addChecks(String model, WholesaleCodegen codegen, List<String> done) {
    if (done.contains(model)) {
      return;
    }
    done.add(model);
    CodegenModel m = codegen.models.get(model);
    Check c = new Check(model);
    checks.add(c);
    for (CodegenProperty p : m.requiredVars) {
      c.required.add(new Field(p.name, p.getter, null));
    }
    Object exclusive = m.vendorExtensions.get("x-webex-exclusive");
    if (exclusive instanceof List<?> pair && pair.size() == 2) {
      CodegenProperty a = property(m, pair.get(0).toString());
      CodegenProperty b = property(m, pair.get(1).toString());
      c.exclusive = new Field(a.name + "\", \"" + b.name, a.getter, b.getter);
    }
    for (CodegenProperty p : m.vars) {
      if (p.isModel && p.complexType != null && codegen.models.containsKey(p.complexType)
          && hasChecks(codegen, p.complexType, new ArrayList<>())) {
        c.nested.add(new Field(p.name, p.getter, "check" + p.complexType));
        addChecks(p.complexType, codegen, done);
      }
    }
  }

  private static boolean hasChecks(WholesaleCodegen codegen, String model, List<String> seen) {
    if (seen.contains(model)) {
      return false;
    }
    seen.add(model);
    CodegenModel m = codegen.models.get(model);
    if (!m.requiredVars.isEmpty() || m.vendorExtensions.containsKey("x-webex-exclusive")) {
      return true;
    }
    for (CodegenProperty p : m.vars) {
      if (p.isModel && p.complexType != null && codegen.models.containsKey(p.complexType)
          && hasChecks(codegen, p.complexType, seen)) {
        return true;
      }
    }
    return false;
  }

  static CodegenProperty property(CodegenModel m, String name) {
    for (CodegenProperty p : m.vars) {
      if (p.baseName.equals(name) || p.name.equals(name)) {
        return p;
      }
    }
    throw new IllegalStateException(m.classname + " has no property " + name);
  }

  static String javaString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%") + "\"";
  }

  static String doc(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replace("*/", "*&#47;").replace("@", "{@literal @}").replace("&", "&amp;")
        .replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\s+", " ");
    t = t.replace("*&amp;#47;", "*&#47;").replace("{{@literal @}}", "{@literal @}");
    t = t.replaceAll("`([^`]+)`", "{@code $1}");
    return t.endsWith(".") ? t : t + ".";
  }

  /** One resource: {@code client.customers()}. */
  static final class Group {
    public final String name;
    public final String className;
    public final String resourceClass;
    public final String apiClass;
    public final String kebab;
    public final String singular;
    public final String deprecatedBase;
    /** A hand-written base holding engine methods of the group (its constructor takes the CallRunner). */
    public final String base;
    public final List<Op> ops = new ArrayList<>();
    public final List<Waiter> waiters = new ArrayList<>();
    public boolean last;

    Group(String name, Map<?, ?> declared) {
      this.name = name;
      this.className = Names.upperCamel(name);
      this.resourceClass = className + "Resource";
      this.apiClass = className + "Api";
      this.kebab = Names.kebab(name);
      this.singular = Names.singularWords(name);
      Object base = declared.get("deprecatedBase");
      this.deprecatedBase = base == null ? null : base.toString();
      Object engineBase = declared.get("base");
      this.base = engineBase == null ? null : engineBase.toString();
      if (deprecatedBase != null && this.base != null) {
        throw new IllegalArgumentException("x-webex-resources." + name + ": base and deprecatedBase exclude each other");
      }
    }

    Map<String, Object> data() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("g", this);
      return m;
    }

    public boolean hasWaiters() {
      return !waiters.isEmpty();
    }

    public boolean hasPages() {
      return ops.stream().anyMatch(o -> o.isPage);
    }
  }

  /** One operation and every signature generated for it. */
  static final class Op {
    public final String method;
    public final String methodUpper;
    public final String retrofit;
    public final String summary;
    public final String label;
    public final String httpMethod;
    public final String path;
    public final List<Param> pathParams = new ArrayList<>();
    public final List<Param> queryParams = new ArrayList<>();
    public final String bodyType;
    public final boolean hasBody;
    public final boolean hasSubPartner;
    public final Params params;
    public final boolean isPage;
    public final boolean isAccepted;
    public final boolean isVoid;
    public final boolean isBody;
    public final String returnType;
    public final String asyncType;
    public final String knownId;
    /** "String customerId, CustomerUpdateRequest request" and "customerId, request". */
    public final String leadDecl;
    public final String leadArgs;
    /** The same followed by ", " when not empty: where params or options follow. */
    public final String leadDeclComma;
    public final String leadArgsComma;
    public final List<String> checks = new ArrayList<>();
    public final List<String> paramDocs = new ArrayList<>();
    /** Arguments of the Retrofit method, with {@code params} in scope. */
    public final String retrofitArgs;
    public final String retrofitArgsNoParams;
    public final String listType;
    public final String itemType;
    public final String itemsGetter;
    public final String pageName;
    public final String fromName;
    public final String nextName;
    public final String invocationArgs;
    public final Map<?, ?> waitersDeclared;
    public final Map<?, ?> waitDeclared;
    public AndWait andWait;
    public final String cliName;
    public final String cliDescription;
    public final String cliArgs;
    public final List<String> cliDecls = new ArrayList<>();
    public final String group;
    final CodegenOperation co;

    Op(Group g, CodegenOperation co, WholesaleCodegen codegen) {
      this.co = co;
      this.group = g.name;
      Object declaredMethod = co.vendorExtensions.get("x-webex-method");
      this.method = declaredMethod != null ? declaredMethod.toString() : Names.method(co.operationId);
      this.methodUpper = Names.upperCamel(method);
      this.retrofit = co.operationId;
      this.summary = doc(co.summary) != null ? doc(co.summary) : "The " + co.operationId + " operation.";
      this.label = Names.kebab(method).replace('-', ' ') + " " + g.singular;
      this.httpMethod = co.httpMethod;
      this.path = co.path;
      CodegenParameter body = co.bodyParam;
      this.hasBody = body != null;
      this.bodyType = body == null ? null : body.dataType;
      boolean sub = false;
      for (CodegenParameter p : co.allParams) {
        if (p.isPathParam) {
          pathParams.add(new Param(p, codegen));
        } else if (p.isQueryParam && SUB_PARTNER_PARAM.equals(p.baseName)) {
          sub = true;
        } else if (p.isQueryParam) {
          queryParams.add(new Param(p, codegen));
        }
      }
      this.hasSubPartner = sub;
      Object pageable = co.vendorExtensions.get("x-webex-pageable");
      this.isPage = pageable != null;
      boolean has2xxBody = false;
      boolean has202 = false;
      for (CodegenResponse r : co.responses) {
        if (r.is2xx && !"202".equals(r.code) && r.dataType != null) {
          has2xxBody = true;
        }
        if ("202".equals(r.code)) {
          has202 = true;
        }
      }
      this.isAccepted = !isPage && has202 && !has2xxBody;
      this.isBody = !isPage && !isAccepted && co.returnType != null;
      this.isVoid = !isPage && !isAccepted && !isBody;
      this.returnType = isAccepted ? "ProvisioningAccepted" : isBody ? co.returnType : "void";
      this.asyncType = isAccepted ? "ProvisioningAccepted" : isBody ? co.returnType : "Void";
      this.knownId = pathParams.isEmpty() ? "null" : pathParams.get(0).name;

      List<String> decl = new ArrayList<>();
      List<String> args = new ArrayList<>();
      for (Param p : pathParams) {
        decl.add(p.type + " " + p.name);
        args.add(p.name);
        checks.add("Require.id(" + p.name + ", \"" + p.name + "\");");
        paramDocs.add(p.name + " " + (p.doc == null ? "the " + p.baseName + "." : p.doc));
      }
      if (hasBody) {
        decl.add(bodyType + " " + BODY);
        args.add(BODY);
        checks.add("Require.request(" + BODY + ", \"" + BODY + "\");");
        if (codegen.models.containsKey(bodyType)) {
          checks.add("RequestChecks.check" + bodyType + "(" + BODY + ", \"" + label + "\", \"\");");
        }
        paramDocs.add(BODY + " " + (doc(body.description) == null ? "the request body." : doc(body.description)));
      }
      this.leadDecl = String.join(", ", decl);
      this.leadArgs = String.join(", ", args);
      this.leadDeclComma = leadDecl.isEmpty() ? "" : leadDecl + ", ";
      this.leadArgsComma = leadArgs.isEmpty() ? "" : leadArgs + ", ";

      if (queryParams.isEmpty()) {
        this.params = null;
      } else {
        Object declaredParams = co.vendorExtensions.get("x-webex-params");
        String name = declaredParams != null ? declaredParams.toString()
            : Names.singularClass(g.name) + methodUpper + "Params";
        this.params = new Params(name, co, queryParams);
      }
      this.retrofitArgs = retrofitArgs(co, false);
      this.retrofitArgsNoParams = retrofitArgs(co, true);

      if (isPage) {
        Map<?, ?> pg = pageable instanceof Map<?, ?> m ? m : Map.of();
        String items = pg.get("items") == null ? "items" : pg.get("items").toString();
        CodegenModel list = codegen.models.get(co.returnType);
        if (list == null) {
          throw new IllegalStateException(co.operationId + " is x-webex-pageable but returns no model");
        }
        CodegenProperty itemsProp = property(list, items);
        this.listType = co.returnType;
        this.itemType = itemsProp.items != null ? itemsProp.items.dataType : itemsProp.complexType;
        this.itemsGetter = itemsProp.getter;
        this.pageName = method + "Page";
        this.fromName = method + "From";
        this.nextName = "list".equals(method) ? "page" : method + "NextPage";
        List<String> dummy = new ArrayList<>();
        for (CodegenParameter p : co.allParams) {
          dummy.add(p.isPathParam ? "\"-\"" : "null");
        }
        this.invocationArgs = String.join(", ", dummy);
      } else {
        this.listType = null;
        this.itemType = null;
        this.itemsGetter = null;
        this.pageName = null;
        this.fromName = null;
        this.nextName = null;
        this.invocationArgs = null;
      }
      this.cliName = Names.kebab(method);
      String help = co.summary != null && !co.summary.isBlank() ? co.summary.strip() : co.operationId;
      this.cliDescription = javaString((help.endsWith(".") ? help : help + ".") + " " + co.httpMethod + " " + (co.path.startsWith("/") ? co.path : "/" + co.path)
          + (isPage ? ": every page (or the first --limit) as one JSON array." : "."));
      List<String> cli = new ArrayList<>();
      for (Param p : pathParams) {
        cli.add(p.name);
      }
      if (hasBody) {
        cli.add(BODY);
      }
      if (params != null) {
        cli.add(PARAMS);
      }
      this.cliArgs = String.join(", ", cli);
      int index = 0;
      for (Param p : pathParams) {
        cliDecls.add("@Parameters(index = \"" + index++ + "\", paramLabel = \"" + p.cliLabel + "\", description = "
            + p.cliHelp + ") String " + p.name + ";");
      }
      for (Param p : queryParams) {
        cliDecls.add("@Option(names = \"" + p.cliOption + "\", paramLabel = \"" + p.cliLabel + "\", description = "
            + p.cliHelp + (p.cliFlag ? ", arity = \"0..1\", fallbackValue = \"true\"" : "") + ") " + p.cliType
            + " cli_" + p.name + ";");
      }
      if (hasBody) {
        cliDecls.add("@Option(names = \"--file\", paramLabel = \"BODY.json\","
            + " description = \"Request body as JSON (- or none: stdin).\") String file;");
      }
      if (isPage) {
        cliDecls.add("@Mixin LimitOption limit;");
      }
      this.waitersDeclared = co.vendorExtensions.get("x-webex-waiters") instanceof Map<?, ?> w ? w : null;
      this.waitDeclared = co.vendorExtensions.get("x-webex-wait") instanceof Map<?, ?> w ? w : null;
      if (waitersDeclared != null) {
        for (Map.Entry<?, ?> e : waitersDeclared.entrySet()) {
          g.waiters.add(new Waiter(e.getKey().toString(), (Map<?, ?>) e.getValue(), this, codegen));
        }
      }
    }

    private String retrofitArgs(CodegenOperation co, boolean noParams) {
      List<String> out = new ArrayList<>();
      for (CodegenParameter p : co.allParams) {
        if (p.isPathParam) {
          out.add(p.paramName);
        } else if (p.isBodyParam) {
          out.add(BODY);
        } else if (p.isQueryParam && !SUB_PARTNER_PARAM.equals(p.baseName) && !noParams) {
          out.add(PARAMS + "." + p.paramName + "()");
        } else {
          out.add("null"); // the sub-partner scope is set from the options by the interceptor
        }
      }
      return String.join(", ", out);
    }

    void resolveWaits(Group g) {
      if (waitDeclared == null) {
        return;
      }
      cliDecls.add("@Option(names = \"--wait\", description = \"Wait with the declared "
          + waitDeclared.get("waiter") + " waiter.\") boolean wait;");
      cliDecls.add("@Mixin WaitOptions waitOptions;");
      String name = String.valueOf(waitDeclared.get("waiter"));
      Waiter w = g.waiters.stream().filter(x -> x.name.equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException(co.operationId + ": x-webex-wait names no waiter " + name));
      String from = waitDeclared.get("id") == null ? "path" : waitDeclared.get("id").toString();
      this.andWait = new AndWait(this, w, from);
    }


    public boolean hasParams() {
      return params != null;
    }

    public String paramsClass() {
      return params == null ? null : params.className;
    }

    public boolean hasLead() {
      return !leadDecl.isEmpty();
    }
  }

  /** {@code provisionAndWait}: the operation, then its declared waiter. */
  static final class AndWait {
    public final Waiter waiter;
    public final String name;
    /** How the id to poll is found: "accepted", "answer", "answerId" or "path". */
    public final boolean fromAccepted;
    public final boolean fromAnswer;
    /** The answer is not the resource but names it: its {@code id} is polled from the first read. */
    public final boolean fromAnswerId;
    public final boolean fromPath;
    public final String idExpr;

    AndWait(Op op, Waiter waiter, String from) {
      this.waiter = waiter;
      this.name = op.method + "AndWait";
      this.fromAccepted = "accepted".equals(from);
      this.fromAnswer = "answer".equals(from);
      this.fromAnswerId = "answerId".equals(from);
      this.fromPath = !fromAccepted && !fromAnswer && !fromAnswerId;
      this.idExpr = fromPath ? op.knownId : "id";
    }
  }

  /** A declared waiter: polls the operation it is declared on with AWS waiters-2 style acceptors. */
  static final class Waiter {
    public final String name;
    public final String nameUpper;
    public final String resourceType;
    public final String resourceName;
    public final String idParam;
    public final String pollArgs;
    public final String retrofit;
    public final boolean goneOn404;
    public final String description;
    public final List<String> acceptors = new ArrayList<>();
    public final String delay;
    public final String timeout;

    Waiter(String name, Map<?, ?> d, Op op, WholesaleCodegen codegen) {
      this.name = name;
      this.nameUpper = Names.upperCamel(name);
      this.resourceType = op.co.returnType;
      this.resourceName = Names.singularWords(Names.lowerCamel(resourceType) + "s");
      if (op.pathParams.size() != 1) {
        throw new IllegalStateException(op.co.operationId + ": a waiter polls an operation with one path parameter");
      }
      this.idParam = op.pathParams.get(0).name;
      this.pollArgs = op.retrofitArgsNoParams;
      this.retrofit = op.retrofit;
      this.description = doc(d.get("description") == null ? null : d.get("description").toString());
      this.delay = d.get("delay") == null ? null : d.get("delay").toString();
      this.timeout = d.get("timeout") == null ? null : d.get("timeout").toString();
      CodegenModel model = codegen.models.get(resourceType);
      boolean gone = false;
      for (Object o : (List<?>) d.get("acceptors")) {
        Map<?, ?> a = (Map<?, ?>) o;
        String matcher = String.valueOf(a.get("matcher"));
        String state = "WaitState." + String.valueOf(a.get("state")).toUpperCase(java.util.Locale.ROOT);
        String within = a.get("within") == null ? "null" : "java.time.Duration.parse(\"" + a.get("within") + "\")";
        Object expected = a.get("expected");
        String desc = a.get("description") != null ? a.get("description").toString() : null;
        switch (matcher) {
          case "path" -> {
            String arg = String.valueOf(a.get("argument"));
            CodegenProperty p = property(model, arg);
            String untilSeen = a.get("untilSeen") == null ? "null" : q(a.get("untilSeen").toString());
            String except = a.get("except") == null ? "null" : q(a.get("except").toString());
            String d2 = desc != null ? desc : arg + " " + (expected == null ? "any" : expected);
            acceptors.add("rules.path(v -> v." + p.getter + "(), " + (expected == null ? "null" : q(expected.toString()))
                + ", " + except + ", " + untilSeen + ", " + within + ", " + state + ", " + q(d2) + ")");
          }
          case "status" -> {
            int code = Integer.parseInt(String.valueOf(expected));
            if (code != 404) {
              throw new IllegalStateException("waiter " + name + ": only HTTP 404 (gone) is a status matcher");
            }
            gone = true;
            acceptors.add("rules.gone(" + within + ", " + state + ", " + q(desc != null ? desc : "404") + ")");
          }
          case "error" -> acceptors.add("rules.error(e -> e instanceof dev.webexwholesale.client.errors." + expected
              + ", " + state + ", " + q(desc != null ? desc : String.valueOf(expected)) + ")");
          default -> throw new IllegalStateException("waiter " + name + ": unknown matcher " + matcher);
        }
      }
      this.goneOn404 = gone;
    }

    private static String q(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public boolean hasDefaults() {
      return delay != null || timeout != null;
    }
  }

  /** A path or query parameter. */
  static final class Param {
    public final String name;
    public final String baseName;
    public final String type;
    public final String doc;
    public final boolean isList;
    public final String itemType;
    public final boolean timestamp;
    public final Object maxPageSize;

    public final String cliOption;
    public final String cliLabel;
    public final String cliType;
    public final String cliConvert;
    public final boolean cliFlag;
    public final String cliHelp;
    /** The model enum a CLI value is converted to (its unknown values are warned about), or null. */
    public final String enumType;

    Param(CodegenParameter p, WholesaleCodegen codegen) {
      this.cliOption = "--" + Names.kebab(p.paramName);
      this.cliLabel = Names.kebab(p.paramName).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      String item = p.items == null ? null : p.items.dataType;
      boolean enumType = isEnum(codegen, p.dataType);
      boolean enumItems = item != null && isEnum(codegen, item);
      this.enumType = enumType ? p.dataType : enumItems ? item : null;
      this.cliFlag = "Boolean".equals(p.dataType);
      this.cliHelp = javaString(p.description == null ? "The " + p.baseName + " parameter."
          : p.description.strip().replaceAll("\\s+", " "));
      if (p.isArray) {
        this.cliType = enumItems || "String".equals(item) ? "List<String>" : p.dataType;
        this.cliConvert = enumItems ? "cli_" + p.paramName + " == null ? null : cli_" + p.paramName
            + ".stream().map(" + item + "::fromValue).toList()" : "cli_" + p.paramName;
      } else if (enumType) {
        this.cliType = "String";
        this.cliConvert = "cli_" + p.paramName + " == null ? null : " + p.dataType + ".fromValue(cli_" + p.paramName + ")";
      } else {
        this.cliType = p.dataType;
        this.cliConvert = "cli_" + p.paramName;
      }
      this.name = p.paramName;
      this.baseName = p.baseName;
      this.type = p.dataType;
      this.doc = doc(p.description);
      this.isList = p.isArray;
      this.itemType = p.items == null ? null : p.items.dataType;
      this.timestamp = Boolean.TRUE.equals(p.vendorExtensions.get("x-webex-timestamp"));
      this.maxPageSize = p.vendorExtensions.get("x-webex-max-page-size");
    }

    public String docOrDefault() {
      return doc == null ? "The " + baseName + " parameter." : doc;
    }
  }

  private static boolean isEnum(WholesaleCodegen codegen, String type) {
    CodegenModel m = type == null ? null : codegen.models.get(type);
    return m != null && m.isEnum;
  }

  /** A generated params builder: the optional query parameters of one operation. */
  static final class Params {
    public final String className;
    public final String operation;
    public final List<Param> fields;
    public final Param maxPage;
    public final String toStringBody;

    Params(String className, CodegenOperation co, List<Param> fields) {
      this.className = className;
      this.operation = co.summary == null ? co.operationId : co.summary.strip();
      this.fields = fields;
      this.maxPage = fields.stream().filter(f -> f.maxPageSize != null).findFirst().orElse(null);
      List<String> parts = new ArrayList<>();
      for (Param f : fields) {
        parts.add((parts.isEmpty() ? "" : ", ") + f.name + "=\" + " + f.name);
      }
      this.toStringBody = "\"" + className + "{" + String.join(" + \"", parts) + " + \"}\"";
    }

    Map<String, Object> data() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("p", this);
      return m;
    }
  }

  /** The checks of one request model: its required fields, exclusive pair and nested models. */
  static final class Check {
    public final String model;
    public final List<Field> required = new ArrayList<>();
    public final List<Field> nested = new ArrayList<>();
    public Field exclusive;

    Check(String model) {
      this.model = model;
    }
  }

  /** A property of a checked model. */
  static final class Field {
    public final String name;
    public final String getter;
    public final String other;

    Field(String name, String getter, String other) {
      this.name = name;
      this.getter = getter;
      this.other = other;
    }
  }
}
