package tradebounds.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.json.InputException;

/**
 * What the audit's JSON does not carry but the registry does: each claim's family (the folder under
 * {@code claims/}), paper, kind and audit method. A registry file that does not read is left out here (the audit
 * reports it); its row then shows as "unregistered" rather than failing the report.
 */
final class ClaimIndex {
    /**
     * @param family folder under the registry ("fixedprice"), or "unregistered"
     * @param paper  the paper with its seed, or ""
     * @param kind   hardness, guarantee, mechanism or context; "" when unknown
     * @param method the audit method type ("witness-search", "groups-table1"), "" when unknown
     * @param claim  the registry entry, or null when it is not in the registry or does not read
     */
    record Info(String family, String paper, String kind, String method, Claim claim) {
        static final Info UNKNOWN = new Info("unregistered", "", "", "", null);
    }

    private final Map<String, Info> byId = new HashMap<>();

    private ClaimIndex() {
    }

    /** Indexes every claim file below {@code registry}; an absent registry gives an empty index. */
    static ClaimIndex of(Path registry) throws IOException {
        ClaimIndex index = new ClaimIndex();
        if (!Files.isDirectory(registry)) {
            return index;
        }
        try (Stream<Path> files = Files.walk(registry)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")
                    && !p.getFileName().toString().equals(ClaimRegistry.EXPECTED_FILE)).sorted().toList()) {
                Path rel = registry.relativize(f);
                String family = rel.getNameCount() > 1 ? rel.getName(0).toString() : "unregistered";
                try {
                    Claim c = ClaimRegistry.read(f);
                    index.byId.put(c.id(), new Info(family, c.paper(), c.kind(), c.methodType(), c));
                } catch (InputException | RuntimeException e) {
                    String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                    index.byId.put(id, new Info(family, "", "", "", null));
                }
            }
        }
        return index;
    }

    /** The row's own family member wins (a tool that knows better), then the registry, then "unregistered". */
    Info lookup(AuditEntry row) {
        Info i = byId.getOrDefault(row.claim(), Info.UNKNOWN);
        return row.family() == null ? i : new Info(row.family(), i.paper(), i.kind(), i.method(), i.claim());
    }
}
