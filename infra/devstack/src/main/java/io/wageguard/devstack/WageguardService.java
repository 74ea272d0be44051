package io.wageguard.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four services the devstack can run, each with its port offset and its own database. */
public enum WageguardService {
    ENTERPRISE_REGISTRY("enterprise-registry", 1, "wageguard-registry"),
    ARREARS_REPORTING("arrears-reporting", 2, "wageguard-arrears"),
    DEPOSIT_ACCOUNTS("deposit-accounts", 3, "wageguard-deposits"),
    ALERTING("alerting", 4, "wageguard-alerting");

    private final String serviceName;
    private final int portOffset;
    private final String database;

    WageguardService(String serviceName, int portOffset, String database) {
        this.serviceName = serviceName;
        this.portOffset = portOffset;
        this.database = database;
    }

    public String serviceName() {
        return serviceName;
    }

    public int port(int portBase) {
        return portBase + portOffset;
    }

    public String database() {
        return database;
    }

    public static Optional<WageguardService> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.serviceName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(WageguardService::serviceName).toList();
    }
}
