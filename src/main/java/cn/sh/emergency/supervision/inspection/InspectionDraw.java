package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A 双随机 draw as kept: what was frozen when it was announced, and its result once run (JSON). */
@Entity
@Table(name = "inspection_draw")
class InspectionDraw {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String drawNo;
  private String planCaseNo;
  private String district;
  private String seed;
  private int unitsRequested;
  private LocalDate plannedOn;
  private String pool;
  private String roster;
  private String announcedBy;
  private Instant announcedAt;
  private String exclusions;
  private String result;
  private String drawnBy;
  private Instant drawnAt;

  protected InspectionDraw() {
  }

  InspectionDraw(String drawNo, String planCaseNo, String district, String seed, int unitsRequested,
                 LocalDate plannedOn, List<DrawView.PoolUnit> pool, List<EnforcementOfficer> roster, String actor,
                 Instant at) {
    this.drawNo = drawNo;
    this.planCaseNo = planCaseNo;
    this.district = district;
    this.seed = seed;
    this.unitsRequested = unitsRequested;
    this.plannedOn = plannedOn;
    this.pool = write(pool);
    this.roster = write(roster);
    this.announcedBy = actor;
    this.announcedAt = at;
  }

  void ran(Map<String, List<String>> exclusions, List<DrawView.DrawnUnit> result, String actor, Instant at) {
    this.exclusions = write(exclusions);
    this.result = write(result);
    this.drawnBy = actor;
    this.drawnAt = at;
  }

  DrawView view() {
    return new DrawView(drawNo, planCaseNo, district, DrawAlgorithm.VERSION, seed, unitsRequested, plannedOn,
        read(pool, new TypeReference<>() { }), read(roster, new TypeReference<>() { }), announcedBy, announcedAt,
        exclusions == null ? null : read(exclusions, new TypeReference<>() { }),
        result == null ? null : read(result, new TypeReference<>() { }), drawnBy, drawnAt);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a draw cannot be written as JSON", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a draw cannot be read", e);
    }
  }
}
