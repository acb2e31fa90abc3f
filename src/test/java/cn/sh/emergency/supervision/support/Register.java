package cn.sh.emergency.supervision.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Units of the register of inspected units, registered as a section chief of 静安 does ({@code PUT}). */
public final class Register {

  private Register() {
  }

  /** Registers a new unit of 静安 with a credit code of its own; its code. */
  public static String unit(EngineRest rest, String name, String sector, String riskGrade, String creditGrade) {
    String uscc = UniqueReports.uscc();
    Map<String, Object> unit = new LinkedHashMap<>(Map.of("uscc", uscc, "name", name, "district", "jingan",
        "street", "南京西路街道", "sector", sector, "riskGrade", riskGrade, "creditGrade", creditGrade));
    ResponseEntity<String> saved = rest.as("jingan-chief").exchange("/api/enterprises/" + uscc, HttpMethod.PUT,
        new HttpEntity<>(unit), String.class);
    assertThat(saved.getStatusCode().is2xxSuccessful()).as(saved.getBody()).isTrue();
    return uscc;
  }
}
