package io.wageguard.chassis.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.rules.Conflict;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The one place that answers the refusals of chassis.rules, in the shapes every service answered before. */
class ProblemDetailsAdviceTest {

  private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

  @Test
  void aBrokenRuleIs422ListingEachFieldRuleAndMessage() {
    RuleBroken broken = new RuleBroken(List.of(new Violation("amountPaid", "TC-2a", "must not exceed the amount owed"),
        new Violation("occurredOn", "P-1", "must not be later than today")));

    ProblemDetail problem = advice.ruleBroken(broken);

    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getType()).isEqualTo(URI.create("https://wageguard.io/problems/rule-violation"));
    assertThat(problem.getTitle()).isEqualTo("The request breaks a rule");
    assertThat(problem.getDetail())
        .isEqualTo("amountPaid: must not exceed the amount owed; occurredOn: must not be later than today");
    assertThat(problem.getProperties()).containsEntry("violations", broken.violations());
    assertThat(broken).hasMessageContaining("amountPaid").hasMessageContaining("TC-2a")
        .hasMessageContaining("must not exceed the amount owed");
  }

  @Test
  void notFoundIs404AndOutsideJurisdictionIs403() {
    ProblemDetail notFound = advice.notFound(new NotFound("no arrears case c-1"));
    ProblemDetail outside = advice.outsideJurisdiction(OutsideJurisdiction.of("320585", "bureau-suzhou"));

    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(notFound.getType()).isEqualTo(URI.create("https://wageguard.io/problems/not-found"));
    assertThat(notFound.getTitle()).isEqualTo("Not found");
    assertThat(notFound.getDetail()).isEqualTo("no arrears case c-1");
    assertThat(outside.getStatus()).isEqualTo(403);
    assertThat(outside.getType()).isEqualTo(URI.create("https://wageguard.io/problems/outside-jurisdiction"));
    assertThat(outside.getTitle()).isEqualTo("Outside your jurisdictions");
    assertThat(outside.getDetail()).isEqualTo("Jurisdiction 320585 is outside the jurisdictions of bureau-suzhou");
  }

  @Test
  void aConflictIs409NamingTheExistingRecordInBodyAndLocation() {
    ResponseEntity<ProblemDetail> answer = advice.conflict(
        new Conflict("enterprise 91320585MA1X is registered already", "enterprises", "91320585MA1X"));

    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    assertThat(answer.getHeaders().getLocation()).isEqualTo(URI.create("/api/enterprises/91320585MA1X"));
    ProblemDetail problem = answer.getBody();
    assertThat(problem.getType()).isEqualTo(URI.create("https://wageguard.io/problems/conflict"));
    assertThat(problem.getTitle()).isEqualTo("Already exists");
    assertThat(problem.getDetail()).isEqualTo("enterprise 91320585MA1X is registered already");
    assertThat(problem.getProperties()).containsEntry("existing", URI.create("/api/enterprises/91320585MA1X"));
  }
}
