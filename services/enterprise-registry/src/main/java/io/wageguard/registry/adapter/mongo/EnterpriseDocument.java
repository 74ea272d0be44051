package io.wageguard.registry.adapter.mongo;

import io.wageguard.chassis.outbox.OutboxDocument;
import io.wageguard.registry.domain.Change;
import io.wageguard.registry.domain.DatedProfile;
import io.wageguard.registry.domain.Designation;
import io.wageguard.registry.domain.Enterprise;
import io.wageguard.registry.domain.Grade;
import io.wageguard.registry.domain.PayrollDeclaration;
import io.wageguard.registry.domain.Premises;
import io.wageguard.registry.domain.Profile;
import io.wageguard.registry.domain.Rating;
import io.wageguard.registry.domain.Sector;
import io.wageguard.registry.domain.Status;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One enterprise: its whole record (profile timeline, payroll, ratings, designations, history) and, in the same
 * document, the events its last changes emitted (the outbox), so that state and events are one atomic write.
 * The current profile and grades are copied to top-level fields for the search's indexes.
 */
@Document(EnterpriseDocument.COLLECTION)
@CompoundIndexes({
    @CompoundIndex(name = "search_jurisdiction", def = "{'jurisdiction': 1, 'status': 1, 'sector': 1, 'premises': 1}"),
    @CompoundIndex(name = "search_sector", def = "{'sector': 1, 'premises': 1}"),
    @CompoundIndex(name = "search_grade", def = "{'latestGrade': 1}")
})
public class EnterpriseDocument extends OutboxDocument {

  public static final String COLLECTION = "enterprises";

  @Id private String id;
  /** Optimistic locking: a change made meanwhile makes the save fail (409), never lost. */
  @Version private Long lockVersion;
  private long version;
  private Instant registeredAt;

  // the current profile, for search
  private String name;
  private String jurisdiction;
  private Sector sector;
  private Premises premises;
  private Status status;
  private int headcount;
  private boolean hasOwnUnion;
  private Map<String, Grade> gradeByYear = new LinkedHashMap<>();
  private Grade latestGrade;

  // the record
  private List<DatedProfile> profiles = List.of();
  private List<PayrollDeclaration> payroll = List.of();
  private List<Rating> ratings = List.of();
  private List<Designation> designations = List.of();
  private List<Change> history = List.of();

  /** The enterprise's state in a new document, with an empty outbox and no lock version yet. */
  public static EnterpriseDocument of(Enterprise enterprise) {
    EnterpriseDocument doc = new EnterpriseDocument();
    doc.id = enterprise.creditCode();
    doc.version = enterprise.version();
    doc.registeredAt = enterprise.registeredAt();
    Profile profile = enterprise.currentProfile();
    doc.name = profile.name();
    doc.jurisdiction = profile.jurisdiction();
    doc.sector = profile.sector();
    doc.premises = profile.premises();
    doc.status = profile.status();
    doc.headcount = profile.headcount();
    doc.hasOwnUnion = profile.hasOwnUnion();
    var current = enterprise.current();
    doc.gradeByYear = new LinkedHashMap<>();
    current.ratings().forEach(r -> doc.gradeByYear.put(Integer.toString(r.year()), r.grade()));
    doc.latestGrade = current.latestRating().map(Rating::grade).orElse(null);
    doc.profiles = enterprise.profiles();
    doc.payroll = enterprise.payroll();
    doc.ratings = enterprise.ratings();
    doc.designations = enterprise.designations();
    doc.history = enterprise.history();
    return doc;
  }

  public Enterprise toDomain() {
    return Enterprise.restore(id, registeredAt, version, profiles, payroll, ratings, designations, history);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getLockVersion() {
    return lockVersion;
  }

  public void setLockVersion(Long lockVersion) {
    this.lockVersion = lockVersion;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public void setRegisteredAt(Instant registeredAt) {
    this.registeredAt = registeredAt;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public Premises getPremises() {
    return premises;
  }

  public void setPremises(Premises premises) {
    this.premises = premises;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public int getHeadcount() {
    return headcount;
  }

  public void setHeadcount(int headcount) {
    this.headcount = headcount;
  }

  public boolean isHasOwnUnion() {
    return hasOwnUnion;
  }

  public void setHasOwnUnion(boolean hasOwnUnion) {
    this.hasOwnUnion = hasOwnUnion;
  }

  public Map<String, Grade> getGradeByYear() {
    return gradeByYear;
  }

  public void setGradeByYear(Map<String, Grade> gradeByYear) {
    this.gradeByYear = gradeByYear;
  }

  public Grade getLatestGrade() {
    return latestGrade;
  }

  public void setLatestGrade(Grade latestGrade) {
    this.latestGrade = latestGrade;
  }

  public List<DatedProfile> getProfiles() {
    return profiles;
  }

  public void setProfiles(List<DatedProfile> profiles) {
    this.profiles = profiles;
  }

  public List<PayrollDeclaration> getPayroll() {
    return payroll;
  }

  public void setPayroll(List<PayrollDeclaration> payroll) {
    this.payroll = payroll;
  }

  public List<Rating> getRatings() {
    return ratings;
  }

  public void setRatings(List<Rating> ratings) {
    this.ratings = ratings;
  }

  public List<Designation> getDesignations() {
    return designations;
  }

  public void setDesignations(List<Designation> designations) {
    this.designations = designations;
  }

  public List<Change> getHistory() {
    return history;
  }

  public void setHistory(List<Change> history) {
    this.history = history;
  }
}
