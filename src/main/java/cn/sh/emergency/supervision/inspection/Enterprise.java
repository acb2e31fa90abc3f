package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An inspected unit of the register (被检查单位), known by its unified social credit code. */
@Entity
@Table(name = "enterprise")
class Enterprise {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String uscc;
  private String name;
  private String district;
  private String street;
  private String sector;
  @Enumerated(EnumType.STRING)
  private RiskGrade riskGrade;
  @Enumerated(EnumType.STRING)
  private CreditGrade creditGrade;
  private boolean keySupervision;
  private boolean jointSanction;
  private String updatedBy;
  private Instant updatedAt;

  protected Enterprise() {
  }

  Enterprise(String uscc) {
    this.uscc = uscc;
  }

  /** The unit as stated now, by whom and when; the code stays. */
  void state(CheckedEnterprise stated, String actor, Instant at) {
    this.name = stated.name();
    this.district = stated.district().code();
    this.street = stated.street();
    this.sector = stated.sector().code();
    this.riskGrade = stated.riskGrade();
    this.creditGrade = stated.creditGrade();
    this.keySupervision = stated.keySupervision();
    this.jointSanction = stated.jointSanction();
    this.updatedBy = actor;
    this.updatedAt = at;
  }

  String uscc() {
    return uscc;
  }

  String district() {
    return district;
  }

  EnterpriseView view() {
    return new EnterpriseView(uscc, name, district, street, sector, riskGrade, creditGrade, keySupervision,
        jointSanction, updatedBy, updatedAt);
  }
}
