package io.wageguard.alerting.config;

import io.wageguard.alerting.application.UnionDirectory;
import io.wageguard.alerting.domain.Union;
import io.wageguard.alerting.domain.UnionKind;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Seeds the directory with the unions the 2007 bulletin names, their labour bureaus, and Taicang's joint
 * meeting (TC-8). Switch off with {@code wageguard.alerting.seed-unions=false}. Idempotent: an entry that exists (perhaps edited since) is left as it is.
 */
@Component
@ConditionalOnProperty(name = "wageguard.alerting.seed-unions", havingValue = "true", matchIfMissing = true)
public class UnionSeeder implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(UnionSeeder.class);
  private final UnionDirectory directory;

  public UnionSeeder(UnionDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void afterSingletonsInstantiated() {
    // before the Kafka listeners start, so no alert is routed over an empty directory
    int added = 0;
    for (UnionDirectory.Entry entry : seed()) {
      try {
        directory.insert(entry);
        added++;
      } catch (DuplicateKeyException exists) {
        // seeded before: keep whatever it is now
      }
    }
    log.info("union directory seeded: {} new entries", added);
  }

  static List<UnionDirectory.Entry> seed() {
    List<UnionDirectory.Entry> seed = new ArrayList<>();
    seed.add(entry("union-320500", "苏州市总工会", "Suzhou Federation of Trade Unions", UnionKind.CITY_FEDERATION,
        "320500", null));
    seed.add(entry("bureau-320500", "苏州市人力资源和社会保障局", "Suzhou Human Resources and Social Security Bureau",
        UnionKind.LABOUR_BUREAU, "320500", null));
    String[][] districts = {
        {"320585", "太仓市总工会", "Taicang Federation of Trade Unions", "太仓市人力资源和社会保障局", "Taicang"},
        {"320582", "张家港市总工会", "Zhangjiagang Federation of Trade Unions", "张家港市人力资源和社会保障局", "Zhangjiagang"},
        {"320581", "常熟市总工会", "Changshu Federation of Trade Unions", "常熟市人力资源和社会保障局", "Changshu"},
        {"320583", "昆山市总工会", "Kunshan Federation of Trade Unions", "昆山市人力资源和社会保障局", "Kunshan"},
        {"320509", "吴江区总工会", "Wujiang District Federation of Trade Unions", "吴江区人力资源和社会保障局", "Wujiang"},
        {"320506", "吴中区总工会", "Wuzhong District Federation of Trade Unions", "吴中区人力资源和社会保障局", "Wuzhong"},
        {"320507", "相城区总工会", "Xiangcheng District Federation of Trade Unions", "相城区人力资源和社会保障局", "Xiangcheng"},
        {"320505", "苏州高新区（虎丘区）总工会", "Suzhou High-tech Zone (Huqiu) Federation of Trade Unions",
            "苏州高新区（虎丘区）人力资源和社会保障局", "High-tech Zone"},
        {"320508", "姑苏区总工会（原平江区总工会）", "Gusu District Federation of Trade Unions (formerly Pingjiang)",
            "姑苏区人力资源和社会保障局", "Gusu"},
    };
    for (String[] d : districts) {
      String code = d[0];
      boolean taicang = "320585".equals(code);
      seed.add(entry("union-" + code, d[1], d[2], UnionKind.DISTRICT_UNION, code, taicang ? "union" : null));
      seed.add(entry("bureau-" + code, d[3], d[4] + " Human Resources and Social Security Bureau",
          UnionKind.LABOUR_BUREAU, code, taicang ? "labour" : null));
    }
    // TC-8: Taicang's joint meeting; the union and the labour bureau above sit on it too.
    String[][] departments = {
        {"police", "太仓市公安局", "Taicang Public Security Bureau"},
        {"planning-construction", "太仓市规划建设局", "Taicang Planning and Construction Bureau"},
        {"petitions", "太仓市信访局", "Taicang Petitions Bureau"},
        {"central-bank", "中国人民银行太仓市支行", "People's Bank of China, Taicang Branch"},
        {"industry-commerce", "太仓市工商行政管理局", "Taicang Administration for Industry and Commerce"},
    };
    for (String[] dep : departments) {
      seed.add(entry("jm-320585-" + dep[0], dep[1], dep[2], UnionKind.DEPARTMENT, "320585", dep[0]));
    }
    return seed;
  }

  private static UnionDirectory.Entry entry(String id, String name, String nameEn, UnionKind kind,
      String jurisdiction, String jointMeetingDepartment) {
    List<String> jointMeetingOf = jointMeetingDepartment == null ? List.of() : List.of(jurisdiction);
    return new UnionDirectory.Entry(new Union(id, name, nameEn, kind, List.of(jurisdiction), null,
        jointMeetingDepartment, jointMeetingOf), null, null);
  }
}
