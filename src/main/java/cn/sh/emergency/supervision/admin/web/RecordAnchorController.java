package cn.sh.emergency.supervision.admin.web;

import cn.sh.emergency.supervision.casefile.AnchorStatus;
import cn.sh.emergency.supervision.casefile.RecordAnchors;
import cn.sh.emergency.supervision.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anchors of the full-process record, administrators only: {@code GET /api/admin/record-anchors} tells where
 * they are kept, when the last was written and which chains no longer continue theirs; {@code POST} anchors now
 * (e.g. before an audit or a database restore) instead of waiting for the hourly anchor.
 */
@RestController
@RequestMapping("/api/admin/record-anchors")
class RecordAnchorController {

  private final RecordAnchors anchors;
  private final CurrentUser currentUser;

  RecordAnchorController(RecordAnchors anchors, CurrentUser currentUser) {
    this.anchors = anchors;
    this.currentUser = currentUser;
  }

  @GetMapping
  AnchorStatus status() {
    requireAdministrator();
    return anchors.status();
  }

  @PostMapping
  AnchorStatus anchorNow() {
    requireAdministrator();
    return anchors.anchor();
  }

  private void requireAdministrator() {
    currentUser.requireAdministrator("只有系统管理员可以查看或执行全过程记录的库外锚定");
  }
}
