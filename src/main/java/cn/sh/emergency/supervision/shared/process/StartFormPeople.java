package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.District;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The people pickers of a start form, filled when the form is delivered. Camunda 7.24 Tasklist gives a Camunda Form
 * start form no data at all (it loads form variables only for tasks), so a picker's {@code valuesKey} would find
 * nothing. Each picker of {@code GET …/process-definition/…/deployed-start-form} is answered instead with a form-js
 * {@code valuesExpression} holding the options of every district the user works in, chosen by the form's own
 * {@code district} field: {@code =get value({"jingan": [{label, value}, …], …}, district)}. The options are those a
 * task of that district would offer ({@link PeopleOptions}); {@link EngineCallGuard} refuses anyone else at the
 * start. Registered with both engine REST applications.
 */
@Priority(Priorities.USER)
public final class StartFormPeople implements ContainerResponseFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern START_FORM = Pattern.compile(
      "^/?(engine/[^/]+/)?process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form$");
  /** Characters a form-js (FEEL) string cannot hold as JSON writes them; names never need them. */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  @Context
  private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
        || !START_FORM.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    byte[] delivered = bytes(response.getEntity());
    response.setEntity(delivered, response.getEntityAnnotations(), response.getMediaType());
    Optional<JsonNode> form = DeployedForms.parse(delivered);
    if (form.isEmpty() || PeoplePicker.inForm(form.get()).isEmpty()) {
      return;
    }
    ProcessEngine engine = EngineCallGuard.engine(request.getUriInfo().getPath());
    List<String> districts = districts(engine.getIdentityService().getCurrentAuthentication());
    PeopleOptions people = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(PeopleOptions.class);
    Map<String, String> expressions = new HashMap<>();
    for (JsonNode component : DeployedForms.keyedComponents(form.get())) {
      PeoplePicker.of(component).ifPresent(picker -> {
        ObjectNode field = (ObjectNode) component;
        field.remove("valuesKey");
        field.put("valuesExpression", expressions.computeIfAbsent(picker.role(), role -> expression(
            SystemContext.asSystem(engine.getIdentityService(), () -> people.forDistricts(role, districts)))));
      });
    }
    response.setEntity(form.get().toString().getBytes(StandardCharsets.UTF_8), response.getEntityAnnotations(),
        MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()));
  }

  /** The districts whose cases the user may open: their tenants; administrators all. */
  private static List<String> districts(Authentication user) {
    if (user == null) {
      return List.of();
    }
    if (user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return Arrays.stream(District.values()).map(District::code).toList();
    }
    return user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds());
  }

  /** {@code =get value({district: options}, district)}: a JSON object is also a FEEL context. */
  static String expression(Map<String, List<PeopleOptions.Option>> byDistrict) {
    ObjectNode context = JSON.createObjectNode();
    byDistrict.forEach((district, options) -> {
      var list = context.putArray(district);
      options.forEach(option -> list.addObject().put("label", CONTROL.matcher(option.label()).replaceAll(" "))
          .put("value", option.value()));
    });
    return "=get value(" + context + ", " + CommonVariables.DISTRICT + ")";
  }

  private static byte[] bytes(Object entity) {
    try {
      if (entity instanceof InputStream in) {
        try (in) {
          return in.readAllBytes();
        }
      }
      if (entity instanceof byte[] raw) {
        return raw;
      }
      return String.valueOf(entity).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
