package io.wageguard.chassis.calendar;

import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.security.Role;
import io.wageguard.chassis.time.CalendarCatalog;
import io.wageguard.chassis.time.Periods;
import io.wageguard.chassis.web.ProblemDetailsAdvice;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every service's view of the working-day calendar, for admins: what is loaded, and a reload now. A reload that
 * refuses a file answers 422 with a problem naming each file and field; the calendar in force is in its
 * {@code calendar} property.
 */
@RestController
public class CalendarAdminController {

  private final LiveCalendar live;
  private final Clock clock;

  CalendarAdminController(LiveCalendar live, Clock clock) {
    this.live = live;
    this.clock = clock;
  }

  @GetMapping(CalendarAdministration.PATH)
  CalendarView calendar() {
    return view(null);
  }

  @PostMapping(CalendarAdministration.RELOAD_PATH)
  ResponseEntity<Object> reload(Caller caller) {
    CalendarCatalog.Reading reading = live.reload(caller.subject(),
        caller.roles().stream().map(Role::name).sorted().toList());
    CalendarView view = view(reading.changes());
    if (reading.snapshot().refused().isEmpty()) {
      return ResponseEntity.ok(view);
    }
    List<Violation> violations = reading.snapshot().refused().stream()
        .flatMap(refused -> refused.violations().stream()).toList();
    ProblemDetail problem = ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT,
        "calendar-file-refused", "A calendar file was refused; the calendar in force is kept", violations);
    problem.setProperty("calendar", view);
    return ResponseEntity.unprocessableContent().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private CalendarView view(List<CalendarCatalog.Change> changes) {
    return CalendarView.of(live.snapshot(), live.directory().orElse(null), Periods.businessDate(clock), changes);
  }
}
