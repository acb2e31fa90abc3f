package cn.sh.emergency.supervision.inspection.web;

import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.inspection.EnterpriseFilters;
import cn.sh.emergency.supervision.inspection.EnterpriseHistories;
import cn.sh.emergency.supervision.inspection.EnterpriseHistoryView;
import cn.sh.emergency.supervision.inspection.EnterpriseRequest;
import cn.sh.emergency.supervision.inspection.EnterpriseSheet;
import cn.sh.emergency.supervision.inspection.EnterpriseView;
import cn.sh.emergency.supervision.inspection.Enterprises;
import cn.sh.emergency.supervision.inspection.ImportResult;
import cn.sh.emergency.supervision.shared.ForbiddenException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.PartyNames;
import cn.sh.emergency.supervision.shared.Uscc;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/enterprises}: the register of inspected units (被检查单位, 分类分级) of the caller's districts. Case workers
 * and administrators read it, a unit with its last three years of cases; section chiefs and administrators keep it,
 * one unit at a time or by importing a sheet. Another district's unit answers 404.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

  private final Enterprises enterprises;
  private final EnterpriseHistories histories;
  private final CurrentUser currentUser;

  EnterpriseController(Enterprises enterprises, EnterpriseHistories histories, CurrentUser currentUser) {
    this.enterprises = enterprises;
    this.histories = histories;
    this.currentUser = currentUser;
  }

  /** The units of the caller's districts by code; filters as {@link EnterpriseFilters}. */
  @GetMapping
  List<EnterpriseView> list(EnterpriseFilters filters) {
    AuthenticatedUser user = reader();
    return enterprises.list(filters.districtsAmong(user.visibleDistricts()), filters.sectorCode(), filters.risk(),
        filters.keySupervision());
  }

  /** The unit and its hazard, penalty, accident and inspection cases of the last three years the caller may see. */
  @GetMapping("/{uscc}")
  EnterpriseProfile get(@PathVariable String uscc) {
    AuthenticatedUser user = reader();
    String code = Uscc.of(PartyNames.code(uscc)).value();
    EnterpriseView enterprise = enterprises.find(code).filter(e -> user.canSee(e.district()))
        .orElseThrow(() -> new NotFoundException("被检查单位不存在或无权查看：" + code));
    return new EnterpriseProfile(enterprise, histories.lastYears(code, user.visibleDistricts()));
  }

  /** Registers the unit, or states it anew; the address names the same code as the body. */
  @PutMapping("/{uscc}")
  EnterpriseView save(@PathVariable String uscc, @RequestBody EnterpriseRequest request) {
    AuthenticatedUser user = registrar();
    if (!Objects.equals(PartyNames.code(uscc), PartyNames.code(request.uscc()))) {
      throw new InvalidInputException("请求内容中的统一社会信用代码（" + Objects.requireNonNullElse(request.uscc(), "未填写")
          + "）与地址中的（" + uscc + "）不一致");
    }
    return enterprises.save(request, user::canSee, user.userId());
  }

  /** Registers or restates every unit of an uploaded sheet (multipart {@code file}, .xlsx or .csv), or none. */
  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportResult importSheet(@RequestPart("file") MultipartFile file) {
    AuthenticatedUser user = registrar();
    try (InputStream content = file.getInputStream()) {
      return enterprises.importRows(EnterpriseSheet.read(file.getOriginalFilename(), file.getSize(), content),
          user::canSee, user.userId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AuthenticatedUser reader() {
    AuthenticatedUser user = currentUser.get();
    if (!user.isAdministrator() && !user.hasAnyRole(Roles.WORK_GROUPS)) {
      throw new ForbiddenException("只有办案人员和系统管理员可以查看被检查单位");
    }
    return user;
  }

  private AuthenticatedUser registrar() {
    AuthenticatedUser user = currentUser.get();
    if (!user.hasAnyRole(Roles.ENTERPRISE_REGISTRARS)) {
      throw new ForbiddenException("只有科室负责人和系统管理员可以维护被检查单位");
    }
    return user;
  }

  /** A unit with its cases of the last three years ({@code history}). */
  record EnterpriseProfile(@JsonUnwrapped EnterpriseView enterprise, EnterpriseHistoryView history) {
  }
}
