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
      for (Op op : g.ops) {
        try {
          op.resolveCli(g, codegen);
        } catch (IllegalStateException ex) {
          throw ex.getMessage().startsWith(op.co.operationId) ? ex
              : new IllegalStateException(op.co.operationId + ": " + ex.getMessage(), ex);
        }
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

  /** {@code {"a", "b"}}: picocli's description and footer take several lines. */
  static String javaStrings(List<String> lines) {
    return "{" + String.join(", ", lines.stream().map(Surface::javaString).toList()) + "}";
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
    /** The CLI group's usage: description and footer lines as Java string literals, and hand-written commands. */
    public final String cliDescription;
    public final String cliFooter;
    public final List<String> cliCommands = new ArrayList<>();

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
      for (Object key : declared.keySet()) {
        if (!List.of("base", "deprecatedBase", "cli").contains(String.valueOf(key))) {
          throw new IllegalArgumentException("x-webex-resources." + name + ": unknown setting '" + key
              + "' (known: base, deprecatedBase, cli)");
        }
      }
      Map<?, ?> cli = CliHints.map(declared.get("cli"), "x-webex-resources." + name + ".cli");
      CliHints.onlyKeys(cli, "x-webex-resources." + name + ".cli", "description", "footer", "commands");
      List<String> description = CliHints.strings(cli.get("description"), "x-webex-resources." + name + ".cli.description");
      this.cliDescription = javaStrings(description.isEmpty() ? List.of("The " + name + " operations.") : description);
      List<String> footer = CliHints.strings(cli.get("footer"), "x-webex-resources." + name + ".cli.footer");
      this.cliFooter = footer.isEmpty() ? null : javaStrings(footer);
      cliCommands.addAll(CliHints.strings(cli.get("commands"), "x-webex-resources." + name + ".cli.commands"));
    }

    public boolean hasCliFooter() {
      return cliFooter != null;
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
    final Map<?, ?> hints;
    /** The command class listed in the group: generated, or hand-written (x-webex-cli command). */
    public String cliClass;
    public boolean handWritten;
    /** The stderr note after a 202: "label accepted: ID (trackingId T)". */
    public String cliNote;
    public boolean printReference;
    public boolean printRead;
    /** The id of a 202 as a Java expression, and the read printed after it (afterAccepted: read). */
    public String acceptedId;
    public String readCall;
    public String readWhat;
    public String beforeWaitLine;
    public String doneLine;
    /** The id a --wait polls, as a Java expression (answer, accepted or path). */
    public String waitId;
    public final List<BodyOption> bodyOptions = new ArrayList<>();
    public String bodyRequired;
    public String bodyCommand;

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
          pathParams.add(param(p, codegen, co));
        } else if (p.isQueryParam && SUB_PARTNER_PARAM.equals(p.baseName)) {
          sub = true;
        } else if (p.isQueryParam) {
          queryParams.add(param(p, codegen, co));
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
      this.hints = CliHints.map(co.vendorExtensions.get(CliHints.KEY), co.operationId + ": " + CliHints.KEY);
      CliHints.onlyKeys(hints, co.operationId + ": " + CliHints.KEY, CliHints.OPERATION_KEYS);
      this.waitersDeclared = co.vendorExtensions.get("x-webex-waiters") instanceof Map<?, ?> w ? w : null;
      this.waitDeclared = co.vendorExtensions.get("x-webex-wait") instanceof Map<?, ?> w ? w : null;
      if (waitersDeclared != null) {
        for (Map.Entry<?, ?> e : waitersDeclared.entrySet()) {
          g.waiters.add(new Waiter(e.getKey().toString(), (Map<?, ?>) e.getValue(), this, codegen));
        }
      }
    }

    private static Param param(CodegenParameter p, WholesaleCodegen codegen, CodegenOperation co) {
      try {
        return new Param(p, codegen);
      } catch (IllegalStateException e) {
        throw new IllegalStateException(co.operationId + ": " + e.getMessage(), e);
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
      String name = String.valueOf(waitDeclared.get("waiter"));
      Waiter w = g.waiters.stream().filter(x -> x.name.equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException(co.operationId + ": x-webex-wait names no waiter " + name));
      String from = waitDeclared.get("id") == null ? "path" : waitDeclared.get("id").toString();
      if (!List.of("accepted", "answer", "answerId", "path").contains(from)) {
        throw new IllegalStateException(co.operationId + ": x-webex-wait id '" + from
            + "' is none of accepted, answer, answerId, path");
      }
      if ("path".equals(from) && pathParams.isEmpty()) {
        throw new IllegalStateException(co.operationId + ": x-webex-wait id path, but the operation has no path parameter");
      }
      if ("accepted".equals(from) && !isAccepted) {
        throw new IllegalStateException(co.operationId + ": x-webex-wait id accepted, but the operation answers no 202");
      }
      if (("answer".equals(from) || "answerId".equals(from)) && !isBody) {
        throw new IllegalStateException(co.operationId + ": x-webex-wait id " + from + ", but the operation answers no body");
      }
      this.andWait = new AndWait(this, w, from);
    }

    /** The command's options and output, from the operation and its x-webex-cli hints (after every group's waits). */
    void resolveCli(Group g, WholesaleCodegen codegen) {
      String where = co.operationId + ": " + CliHints.KEY;
      String command = CliHints.string(hints.get("command"), where + ".command");
      this.handWritten = command != null;
      this.cliClass = handWritten ? command : g.className + "Commands." + methodUpper + "Command";
      if (handWritten) {
        if (hints.size() > 1) {
          throw new IllegalStateException(where + ": a hand-written command takes no other hint");
        }
        return;
      }
      String label = CliHints.string(hints.get("label"), where + ".label");
      String after = CliHints.string(hints.get("afterAccepted"), where + ".afterAccepted");
      if ((label != null || after != null) && !isAccepted) {
        throw new IllegalStateException(where + ": label and afterAccepted apply to an operation answering 202 only");
      }
      this.cliNote = q(label != null ? label : this.label);
      after = after == null ? "reference" : after;
      if (!CliHints.AFTER_ACCEPTED.contains(after)) {
        throw new IllegalStateException(where + ".afterAccepted: '" + after + "' is none of "
            + String.join(", ", CliHints.AFTER_ACCEPTED));
      }
      this.printReference = "reference".equals(after);
      this.printRead = "read".equals(after);
      String first = pathParams.isEmpty() ? null : pathParams.get(0).name;
      if (isAccepted) {
        boolean fromAccepted = andWait != null ? andWait.fromAccepted : first == null;
        this.acceptedId = fromAccepted ? "GeneratedCommand.acceptedId(accepted, " + q(g.singular) + ")" : first;
      }
      if (printRead) {
        if (andWait == null) {
          throw new IllegalStateException(where + ".afterAccepted: read needs an x-webex-wait (its waiter's GET reads)");
        }
        this.readCall = "client()." + g.name + "()." + andWait.waiter.readMethod + "(id)";
        this.readWhat = q(andWait.waiter.resourceName);
      }
      if (andWait != null) {
        this.waitId = andWait.fromPath ? first : andWait.fromAnswerId
            ? "GeneratedCommand.answeredId(answer.getId(), " + q(g.singular) + ")"
            : andWait.fromAnswer ? "answer.getId()" : "id";
      }
      String beforeWait = CliHints.string(hints.get("beforeWait"), where + ".beforeWait");
      if (beforeWait != null && andWait == null) {
        throw new IllegalStateException(where + ".beforeWait: the operation declares no x-webex-wait");
      }
      this.beforeWaitLine = CliHints.line(beforeWait, "id", where + ".beforeWait");
      String done = CliHints.string(hints.get("done"), where + ".done");
      if (done != null && first == null && !isAccepted) {
        throw new IllegalStateException(where + ".done: {id} needs a path parameter or a 202");
      }
      this.doneLine = CliHints.line(done, isAccepted ? "id" : first, where + ".done");

      int index = 0;
      for (Param p : pathParams) {
        cliDecls.add("@Parameters(index = \"" + index++ + "\", paramLabel = \"" + p.cliLabel + "\", description = "
            + p.cliHelp + ") String " + p.name + ";");
      }
      for (Param p : queryParams) {
        cliDecls.add("@Option(names = " + p.cliNames + ", paramLabel = \"" + p.cliLabel + "\", description = "
            + p.cliHelp + (p.cliFlag ? ", arity = \"0..1\", fallbackValue = \"true\"" : "") + ") " + p.cliType
            + " cli_" + p.name + ";");
      }
      Object declaredBody = hints.get("bodyOptions");
      if (declaredBody != null && !hasBody) {
        throw new IllegalStateException(where + ".bodyOptions: the operation takes no request body");
      }
      if (hasBody) {
        cliDecls.add("@Option(names = \"--file\", paramLabel = \"REQ.json\"" + (declaredBody == null ? ", required = true" : "")
            + ", description = \"Request body as JSON (- reads stdin)." + (declaredBody == null ? "" : " Or the options below.")
            + "\") String file;");
      }
      if (declaredBody != null) {
        if (!(declaredBody instanceof List<?> list) || list.isEmpty()) {
          throw new IllegalStateException(where + ".bodyOptions: expected a list of {option, field}");
        }
        List<String> required = new ArrayList<>();
        List<String> requiredFields = new ArrayList<>();
        for (Object o : list) {
          BodyOption b = new BodyOption(CliHints.map(o, where + ".bodyOptions"), bodyType, codegen, where + ".bodyOptions");
          bodyOptions.add(b);
          cliDecls.add(b.decl);
          if (b.required) {
            required.add(b.option);
            requiredFields.add(q(b.field));
          }
        }
        this.bodyRequired = "List.of(" + String.join(", ", requiredFields) + "), "
            + (required.isEmpty() ? "null" : q(String.join(" and ", required)));
        this.bodyCommand = q(g.kebab + " " + cliName);
      }
      if (isPage) {
        cliDecls.add("@Mixin LimitOption limit;");
      }
      if (andWait != null) {
        cliDecls.add("@Option(names = \"--wait\", description = \"Wait until the " + andWait.waiter.name
            + " waiter declared in the spec ends.\") boolean wait;");
        cliDecls.add("@Mixin WaitOptions waitOptions;");
      }
      Map<?, ?> aliases = CliHints.map(hints.get("waiterAliases"), where + ".waiterAliases");
      for (Map.Entry<?, ?> e : aliases.entrySet()) {
        Waiter w = g.waiters.stream().filter(x -> x.name.equals(String.valueOf(e.getKey())) && x.op == this).findFirst()
            .orElseThrow(() -> new IllegalStateException(where + ".waiterAliases: the operation declares no waiter "
                + e.getKey()));
        w.cliAliases = javaStrings(CliHints.strings(e.getValue(), where + ".waiterAliases." + e.getKey()));
      }
    }

    public boolean hasBodyOptions() {
      return !bodyOptions.isEmpty();
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

  static String q(String s) {
    return CliHints.literal(s);
  }

  /** An option that sets one field of the request body (x-webex-cli bodyOptions). */
  static final class BodyOption {
    public final String option;
    public final String field;
    public final String var;
    public final boolean required;
    public final String decl;

    BodyOption(Map<?, ?> d, String bodyType, WholesaleCodegen codegen, String where) {
      CliHints.onlyKeys(d, where, CliHints.BODY_OPTION_KEYS);
      this.option = CliHints.optionNames(List.of(String.valueOf(d.get("option"))), where).get(0);
      this.field = CliHints.string(d.get("field"), where + " " + option + ".field");
      if (field == null) {
        throw new IllegalStateException(where + " " + option + ": names no field");
      }
      this.required = Boolean.TRUE.equals(d.get("required"));
      // The field must exist in the body's schema, along its dotted path.
      CodegenModel model = codegen.models.get(bodyType);
      CodegenProperty p = null;
      String[] path = field.split("\\.");
      for (int i = 0; i < path.length; i++) {
        if (model == null) {
          throw new IllegalStateException(where + " " + option + ": field " + field + " is not in " + bodyType);
        }
        CodegenModel m = model;
        String step = path[i];
        p = m.vars.stream().filter(v -> v.baseName.equals(step)).findFirst().orElseThrow(() ->
            new IllegalStateException(where + " " + option + ": field " + field + " is not in " + bodyType));
        model = i < path.length - 1 ? codegen.models.get(p.complexType) : null;
      }
      boolean list = p.isArray;
      if (p.isModel || p.isMap || list && p.items != null && p.items.isModel) {
        throw new IllegalStateException(where + " " + option + ": field " + field + " is an object, not a value");
      }
      this.var = "body_" + field.replace('.', '_');
      String label = CliHints.string(d.get("label"), where);
      String help = CliHints.string(d.get("description"), where);
      if (help == null) {
        help = p.description == null ? "The request's " + field + "." : p.description.strip().replaceAll("\\s+", " ");
      }
      this.decl = "@Option(names = " + javaString(option) + ", paramLabel = " + javaString(label == null
          ? option.substring(2).toUpperCase(java.util.Locale.ROOT).replace('-', '_') : label)
          + ", description = " + javaString(help + (list ? " Repeatable." : "")) + ") "
          + (list ? "List<String>" : "String") + " " + var + ";";
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
    /** The method of the GET it polls, which also reads the resource back. */
    public final String readMethod;
    public String cliAliases;
    final Op op;

    Waiter(String name, Map<?, ?> d, Op op, WholesaleCodegen codegen) {
      this.name = name;
      this.op = op;
      this.readMethod = op.method;
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

    public boolean hasCliAliases() {
      return cliAliases != null;
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
    /** picocli's names: the option and its x-webex-cli aliases. */
    public final String cliNames;
    public final String cliLabel;
    public final String cliType;
    public final String cliConvert;
    public final boolean cliFlag;
    public final String cliHelp;
    /** The model enum a CLI value is converted to (its unknown values are warned about), or null. */
    public final String enumType;

    Param(CodegenParameter p, WholesaleCodegen codegen) {
      this.cliOption = "--" + Names.kebab(p.paramName);
      Map<?, ?> hints = CliHints.map(p.vendorExtensions.get(CliHints.KEY), "parameter " + p.baseName + ": " + CliHints.KEY);
      CliHints.onlyKeys(hints, "parameter " + p.baseName + ": " + CliHints.KEY, "aliases");
      List<String> names = new ArrayList<>(List.of(cliOption));
      names.addAll(CliHints.optionNames(CliHints.strings(hints.get("aliases"), "parameter " + p.baseName + ": "
          + CliHints.KEY + ".aliases"), "parameter " + p.baseName + ": " + CliHints.KEY + ".aliases"));
      this.cliNames = javaStrings(names);
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
