package cn.sh.emergency.supervision.casefile.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.Person;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who may be chosen for a case's work, for pickers outside the forms (转办, 委派): the people of a role who work in
 * the case's district or for the city, {@code [{id, name, certificateNo?}]}. Another district's case is a 404.
 */
@RestController
@RequestMapping({"/api", "/dashboard/api"})
class PeopleController {

  private final CaseAccess cases;
  private final DistrictPeople people;

  PeopleController(CaseAccess cases, DistrictPeople people) {
    this.cases = cases;
    this.people = people;
  }

  @GetMapping("/people")
  List<Person> people(@RequestParam(required = false) String role,
                      @RequestParam(required = false) String caseNo) {
    StaffRole staffRole = StaffRole.of(role);
    if (caseNo == null || caseNo.isBlank()) {
      throw new InvalidInputException("请指定案件编号 caseNo");
    }
    return people.of(staffRole, cases.visible(caseNo.trim()).district());
  }
}
