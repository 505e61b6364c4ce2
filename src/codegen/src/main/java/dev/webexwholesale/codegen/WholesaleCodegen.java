package dev.webexwholesale.codegen;

import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * The stock {@code java} generator with the project's one rule change: operations are grouped by
 * resource, not by tag, so the Retrofit interface, the resource class and the CLI group of an
 * operation always agree. A group is the operation's {@code x-webex-resource}, else the literal
 * path segments after {@code /wholesale/} up to the first path parameter in lowerCamelCase
 * ({@code billing/reports} to {@code billingReports}); an action segment on a collection that is
 * itself a path ({@code /wholesale/customers/validate}) belongs to that collection. What the
 * extra files need is collected here and written by {@link WholesaleGenerator}.
 */
public class WholesaleCodegen extends JavaClientCodegen {
  /** Processed operations of every group, in group-name order. */
  final Map<String, OperationsMap> groups = new TreeMap<>();
  /** Every model by class name. */
  final Map<String, CodegenModel> models = new LinkedHashMap<>();

  io.swagger.v3.oas.models.OpenAPI spec() {
    return openAPI;
  }

  @Override
  public String getName() {
    return "webex-wholesale-java";
  }

  @Override
  public void addOperationToGroup(String tag, String resourcePath, Operation operation, CodegenOperation co,
      Map<String, List<CodegenOperation>> operations) {
    String group = groupOf(resourcePath, operation);
    List<CodegenOperation> existing = operations.get(group);
    if (existing != null && existing.contains(co)) {
      return; // an operation with several tags is still one operation
    }
    super.addOperationToGroup(group, resourcePath, operation, co, operations);
  }

  String groupOf(String path, Operation operation) {
    Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get("x-webex-resource");
    if (declared != null) {
      return declared.toString();
    }
    List<String> paths = openAPI == null || openAPI.getPaths() == null ? List.of()
        : new ArrayList<>(openAPI.getPaths().keySet());
    return Names.group(path, paths);
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    String classname = result.getOperations().getClassname();
    String group = Names.lowerCamel(classname.substring(0, classname.length() - "Api".length()));
    for (ModelMap m : allModels) {
      models.putIfAbsent(m.getModel().classname, m.getModel());
    }
    groups.put(group, result);
    return result;
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> result = super.postProcessAllModels(objs);
    for (ModelsMap mm : result.values()) {
      for (ModelMap m : mm.getModels()) {
        models.put(m.getModel().classname, m.getModel());
      }
    }
    return result;
  }

  @Override
  public String toApiName(String name) {
    // the group is already lowerCamelCase: CustomersApi, BillingReportsApi
    return Names.upperCamel(name) + "Api";
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
