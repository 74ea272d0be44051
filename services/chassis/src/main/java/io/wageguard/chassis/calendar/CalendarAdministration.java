package io.wageguard.chassis.calendar;

import static io.wageguard.chassis.security.AccessMatrix.allow;

import io.wageguard.chassis.security.AccessRule;
import io.wageguard.chassis.security.Role;
import org.springframework.http.HttpMethod;

/**
 * The working-day calendar's admin endpoints, which the chassis gives every service: what is loaded, and a
 * reload. Each service lists {@link #READ} and {@link #RELOAD} in its access matrix (admins only: the calendar
 * is reference data every jurisdiction shares).
 */
public final class CalendarAdministration {

  public static final String PATH = "/api/admin/calendar";
  public static final String RELOAD_PATH = PATH + "/reload";

  /** What is loaded: official years with their versions, provisional years, refused files. */
  public static final AccessRule READ = allow(HttpMethod.GET, PATH, AccessRule.Reach.ANY, Role.ADMIN);
  /** Re-read the calendar directory now instead of at the next scheduled reading. */
  public static final AccessRule RELOAD = allow(HttpMethod.POST, RELOAD_PATH, AccessRule.Reach.ANY, Role.ADMIN);

  private CalendarAdministration() {}
}
