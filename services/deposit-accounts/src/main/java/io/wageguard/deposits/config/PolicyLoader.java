package io.wageguard.deposits.config;

import io.wageguard.deposits.domain.Policy;
import io.wageguard.deposits.domain.PolicyBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the policy files (YAML, one version per file); a file with a missing or wrong parameter stops start-up. */
public final class PolicyLoader {

  private PolicyLoader() {}

  public static PolicyBook load(String pattern) {
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
      List<Policy> policies = new ArrayList<>();
      for (Resource resource : resources) {
        try (InputStream in = resource.getInputStream()) {
          Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
          try {
            policies.add(parse(yaml));
          } catch (RuntimeException e) {
            throw new IllegalStateException("invalid policy file " + resource.getFilename() + ": " + e.getMessage(), e);
          }
        }
      }
      return new PolicyBook(policies);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static Policy parse(Map<String, Object> y) {
    Map<String, Object> c = (Map<String, Object>) req(y, "common");
    Policy.Common common = new Policy.Common(i(c, "lookbackYears"), i(c, "arrearsMonthsInRow"), i(c, "arrearsMonthsInTotal"));
    Policy.Family family = Policy.Family.valueOf(s(y, "family"));
    Policy.LumpSum lumpSum = null;
    Policy.Monthly monthly = null;
    if (family == Policy.Family.LUMP_SUM) {
      Map<String, Object> l = (Map<String, Object>) req(y, "lumpSum");
      lumpSum = new Policy.LumpSum(d(l, "rate"), i(l, "depositWithinMonths"), i(l, "topUpWithinDays"),
          list(l, "petitionIncidentKinds"), Policy.ExemptionReading.valueOf(s(l, "exemption")), s(l, "exemptGrade"),
          d(l, "minimumWage"), i(l, "insolvencyMinMonths"), i(l, "insolvencyMaxMonths"), list(l, "insolvencyStatuses"));
    } else {
      Map<String, Object> m = (Map<String, Object>) req(y, "monthly");
      String dueDay = s(m, "contributionDueDay");
      monthly = new Policy.Monthly(d(m, "monthlyRate"), d(m, "capRate"),
          "LAST".equals(dueDay) ? 0 : Integer.parseInt(dueDay), i(m, "accountWithinWorkingDays"),
          list(m, "productionSectors"), i(m, "productionHeadcountMin"), i(m, "productionHeadcountMax"),
          list(m, "serviceSectors"), i(m, "serviceHeadcountMin"), i(m, "drawdownMinArrearsMonths"),
          list(m, "directPayoutIncidentKinds"), i(m, "refundGradeAYearsInRow"), list(m, "refundDeregisteredAfter"));
    }
    return new Policy(s(y, "id"), i(y, "version"), s(y, "jurisdiction"), s(y, "name"), date(req(y, "effectiveFrom")),
        family, common, lumpSum, monthly);
  }

  private static Object req(Map<String, Object> y, String key) {
    Object v = y.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    return v;
  }

  private static String s(Map<String, Object> y, String key) {
    return req(y, key).toString();
  }

  private static int i(Map<String, Object> y, String key) {
    return Integer.parseInt(s(y, key));
  }

  private static BigDecimal d(Map<String, Object> y, String key) {
    return new BigDecimal(s(y, key));
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> y, String key) {
    return ((List<Object>) req(y, key)).stream().map(Object::toString).toList();
  }

  private static LocalDate date(Object v) {
    return v instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(v.toString());
  }
}
