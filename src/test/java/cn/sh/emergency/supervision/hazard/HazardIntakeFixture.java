package cn.sh.emergency.supervision.hazard;

import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.EngineRest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;

/** Reports a hazard in jingan as a given handler, through the same intake as {@code POST /api/hazards}. */
class HazardIntakeFixture {

  private final HazardIntake intake;
  private final IdentityService identityService;

  HazardIntakeFixture(HazardIntake intake, IdentityService identityService) {
    this.intake = intake;
    this.identityService = identityService;
  }

  String reportAs(String handler) {
    identityService.setAuthentication(handler, List.of("case-handlers"), List.of("jingan"));
    try {
      return intake.report(new HazardReport("jingan", "南京西路街道", "上海某化工有限公司", EngineRest.VALID_USCC,
          "HAZARDOUS_CHEMICALS", "INSPECTION", "3号仓库", "危化品混存", null));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
