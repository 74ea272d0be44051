package io.wageguard.contracts;

import java.util.regex.Pattern;

/**
 * Where the contracts are on the classpath. A schema's file is named after its CloudEvent type without the
 * {@code wageguard.} prefix, so that producers and consumers find it from the type alone.
 */
public final class ContractPaths {

  /** The jar packages contracts/ under this folder. */
  public static final String ROOT = "wageguard/contracts/";
  public static final String ASYNCAPI = ROOT + "asyncapi.yaml";
  public static final String SCHEMAS = ROOT + "schemas/";
  public static final String EXAMPLES = ROOT + "examples/";
  public static final String JURISDICTIONS = ROOT + "reference/jurisdictions.json";

  /**
   * Every schema's {@code $id} starts with this; map it to {@link #SCHEMAS} so that {@code $ref}s between
   * the schemas resolve from the classpath, never the network.
   */
  public static final String SCHEMA_ID_BASE = "https://wageguard.io/contracts/schemas/";

  private static final String TYPE_PREFIX = "wageguard.";
  private static final Pattern TYPE = Pattern.compile("wageguard\\.[a-z0-9-]+(\\.[a-z0-9-]+)*\\.v[0-9]+");

  private ContractPaths() {}

  /** {@code wageguard.arrears.case-opened.v1} → {@code wageguard/contracts/schemas/arrears.case-opened.v1.schema.json} */
  public static String schemaPathFor(String cloudEventType) {
    return SCHEMAS + schemaFileFor(cloudEventType);
  }

  /** The schema's {@code $id}: the value of the CloudEvent's {@code dataschema}. */
  public static String schemaIdFor(String cloudEventType) {
    return SCHEMA_ID_BASE + schemaFileFor(cloudEventType);
  }

  /** The folder of the type's valid examples, e.g. {@code wageguard/contracts/examples/arrears.case-opened.v1/}. */
  public static String examplesPathFor(String cloudEventType) {
    return EXAMPLES + unprefixed(cloudEventType) + "/";
  }

  private static String schemaFileFor(String cloudEventType) {
    return unprefixed(cloudEventType) + ".schema.json";
  }

  private static String unprefixed(String cloudEventType) {
    if (cloudEventType == null || !TYPE.matcher(cloudEventType).matches()) {
      throw new IllegalArgumentException(
          "not a Wageguard CloudEvent type (wageguard.<name>.v<N>): " + cloudEventType);
    }
    return cloudEventType.substring(TYPE_PREFIX.length());
  }
}
