package io.wageguard.devstack;

/**
 * The issuer's demo accounts (infra/auth-server's accounts.yaml) by role and place, for programs that call the
 * APIs through {@link RunningDevstack#client(String)}: one account per role and jurisdiction, Taicang 320585,
 * High-tech Zone 320505 and Suzhou city 320500 (which covers both).
 */
public final class DevAccounts {

    public static final String TAICANG = "320585";
    public static final String HIGH_TECH_ZONE = "320505";
    public static final String SUZHOU = "320500";

    /** ADMIN of Suzhou city: reference data, such as the enterprise register. */
    public static final String ADMIN = "admin";
    /** MONITORING: {@code /actuator/prometheus} only. */
    public static final String MONITORING = "monitoring";
    /** UNION of Suzhou city, which covers Taicang and the High-tech Zone. */
    public static final String UNION_SUZHOU = "union-suzhou";
    /** ENTERPRISE: the demo's machine works in Taicang ({@link Demo#MACHINE_WORKS}). */
    public static final String ENTERPRISE_DEMO = "enterprise-demo";

    private DevAccounts() {
    }

    public static String labourBureau(String jurisdiction) {
        return "labour-bureau-" + place(jurisdiction);
    }

    public static String union(String jurisdiction) {
        return jurisdiction.equals(SUZHOU) ? UNION_SUZHOU : "union-" + place(jurisdiction);
    }

    public static String auditor(String jurisdiction) {
        return "auditor-" + place(jurisdiction);
    }

    public static String bank(String jurisdiction) {
        return "bank-" + place(jurisdiction);
    }

    /** The jurisdiction a unified social credit code was registered in (its characters 3 to 8). */
    public static String jurisdictionOf(String creditCode) {
        return creditCode.substring(2, 8);
    }

    private static String place(String jurisdiction) {
        return switch (jurisdiction) {
            case TAICANG -> "taicang";
            case HIGH_TECH_ZONE -> "hightech";
            default -> throw new IllegalArgumentException("no demo account for jurisdiction " + jurisdiction
                    + "; there are accounts for " + TAICANG + " and " + HIGH_TECH_ZONE);
        };
    }
}
