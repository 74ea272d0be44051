package io.wageguard.authserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The accounts file: {@code accounts: [{name, roles, jurisdictions, credit-code?}]}. */
public final class Accounts {

  private final Map<String, Account> byName;

  Accounts(List<Account> accounts) {
    Map<String, Account> map = new LinkedHashMap<>();
    for (Account account : accounts) {
      if (map.putIfAbsent(account.name(), account) != null) {
        throw new IllegalArgumentException("account " + account.name() + " is listed twice");
      }
    }
    this.byName = map;
  }

  public static Accounts load(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (!(root instanceof Map<?, ?> document) || !(document.get("accounts") instanceof List<?> entries)) {
        throw new IllegalArgumentException(resource + " has no 'accounts' list");
      }
      List<Account> accounts = new ArrayList<>();
      for (Object entry : entries) {
        Map<?, ?> fields = (Map<?, ?>) entry;
        accounts.add(new Account(string(fields.get("name")), strings(fields.get("roles")),
            strings(fields.get("jurisdictions")), Optional.ofNullable(fields.get("credit-code")).map(Accounts::string)));
      }
      return new Accounts(accounts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public List<Account> all() {
    return List.copyOf(byName.values());
  }

  public Optional<Account> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    return ((List<?>) value).stream().map(Object::toString).toList();
  }
}
