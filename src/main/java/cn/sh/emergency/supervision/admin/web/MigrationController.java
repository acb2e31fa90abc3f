package cn.sh.emergency.supervision.admin.web;

import cn.sh.emergency.supervision.admin.MigrationReport;
import cn.sh.emergency.supervision.admin.MigrationRequest;
import cn.sh.emergency.supervision.admin.MigrationStatus;
import cn.sh.emergency.supervision.admin.process.InstanceMigrations;
import cn.sh.emergency.supervision.identity.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Migration of running cases to another version of their process (administrators only): a dry run answers 200 with
 * the report; a real run answers 202 with the batch, whose progress {@code GET …/{batchId}} shows.
 */
@RestController
@RequestMapping("/api/admin/migrations")
class MigrationController {

  private final InstanceMigrations migrations;
  private final CurrentUser currentUser;

  MigrationController(InstanceMigrations migrations, CurrentUser currentUser) {
    this.migrations = migrations;
    this.currentUser = currentUser;
  }

  @PostMapping
  ResponseEntity<MigrationReport> migrate(@Valid @RequestBody MigrationRequest request) {
    requireAdministrator();
    if (request.isDryRun()) {
      return ResponseEntity.ok(migrations.plan(request));
    }
    MigrationReport started = migrations.start(request);
    return ResponseEntity.accepted().location(URI.create("/api/admin/migrations/" + started.batchId()))
        .body(started);
  }

  @GetMapping("/{batchId}")
  MigrationStatus status(@PathVariable String batchId) {
    requireAdministrator();
    return migrations.status(batchId);
  }

  private void requireAdministrator() {
    currentUser.requireAdministrator("只有系统管理员可以迁移流程实例");
  }
}
