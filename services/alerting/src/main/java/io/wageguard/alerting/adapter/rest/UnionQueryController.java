package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.Directory;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the union directory (reference data: who receives which alerts). {@code covering} lists the entries whose
 * jurisdictions include a code. A webhook URL is shown only to callers that reach the entry.
 */
@RestController
@RequestMapping("/api/unions")
public class UnionQueryController {

  private final Directory directory;

  public UnionQueryController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping
  List<UnionView> list(Caller caller, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String covering,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "500") @Min(1) @Max(AlertQueryController.MAX_PAGE_SIZE) int size) {
    return directory.list(caller, kind, covering, page, size).stream()
        .map(seen -> UnionView.of(seen.entry(), seen.reached()))
        .toList();
  }

  @GetMapping("/{id}")
  UnionView one(Caller caller, @PathVariable String id) {
    Directory.Seen seen = directory.one(caller, id);
    return UnionView.of(seen.entry(), seen.reached());
  }
}
