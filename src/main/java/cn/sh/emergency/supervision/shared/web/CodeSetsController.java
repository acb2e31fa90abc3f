package cn.sh.emergency.supervision.shared.web;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/code-sets} (and under {@code /dashboard/api}): the Chinese names of the code sets the dashboard
 * shows — {@code {"district": {"jingan": "静安区", …}, "sector": {…}}}, in the enums' order — so its pages keep no
 * copy of them.
 */
@RestController
class CodeSetsController {

  @GetMapping({"/api/code-sets", "/dashboard/api/code-sets"})
  Map<String, Map<String, String>> codeSets() {
    Map<String, Map<String, String>> sets = new LinkedHashMap<>();
    sets.put("district", names(District.values()));
    sets.put("sector", names(Sector.values()));
    return sets;
  }

  private static Map<String, String> names(Coded[] values) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Coded value : values) {
      names.put(value.code(), value.chineseName());
    }
    return names;
  }
}
