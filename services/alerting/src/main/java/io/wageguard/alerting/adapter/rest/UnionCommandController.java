package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.Directory;
import io.wageguard.alerting.application.UnionDirectory;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manages the union directory (the admin, within its jurisdictions: an entry naming another jurisdiction is 403).
 * A webhook given with the entry must be a public http(s) URL, as over PUT /webhook.
 */
@RestController
@RequestMapping("/api/unions")
public class UnionCommandController {

  private final Directory directory;

  public UnionCommandController(Directory directory) {
    this.directory = directory;
  }

  @PostMapping
  ResponseEntity<UnionView> create(Caller caller, @Valid @RequestBody UnionRequest request) {
    UnionDirectory.Entry created = directory.create(caller, entry(request));
    return ResponseEntity.created(URI.create("/api/unions/" + created.id())).body(UnionView.of(created));
  }

  @PutMapping("/{id}")
  UnionView replace(Caller caller, @PathVariable String id, @Valid @RequestBody UnionRequest request) {
    return UnionView.of(directory.replace(caller, id, entry(request)));
  }

  private static Directory.EntryRequest entry(UnionRequest r) {
    return new Directory.EntryRequest(r.id(), r.name(), r.nameEn(), r.kind(), r.jurisdictions(), r.creditCode(),
        r.department(), r.jointMeetingOf(),
        r.webhook() == null ? null : new UnionDirectory.Webhook(r.webhook().url(), r.webhook().secret()));
  }
}
