package tradebounds.family.groups;

import java.util.Locale;

/**
 * The registry JSON of one Table 1 cell (schema of {@code programs/*.json}). The program id
 * {@code groups-forced-trade} is this family's; the core registry must accept family program ids.
 */
public final class RegistryRows {
    private RegistryRows() {
    }

    private static final String[] PAIRS = {"(0.6, 0.4)", "(0.55, 0.45)", "(0.51, 0.49)"};

    public static String json(Table1.Entry e) {
        String q = e.quantity() == Quantity.IR ? "probability that Algorithm 1 is group IR"
                : "efficiency E[GFT]/FB of Algorithm 1";
        String shape = e.cell().shape().name().toLowerCase(Locale.ROOT);
        return "{\n"
                + "  \"claim\": \"" + e.id() + "\",\n"
                + "  \"paper\": \"Xu, Zhang & Conitzer, Non-Excludable Bilateral Trade Between Groups (seed 002)\",\n"
                + "  \"source\": \"Sec. 6, Table 1 (" + shape + ", n = " + e.cell().n() + ", (mu_F, mu_G) = "
                + PAIRS[e.meanPair() - 1] + ", " + e.quantity().key() + ")\",\n"
                + "  \"statement\": \"the " + q + " averaged over 10^6 runs is " + e.printed().toDecimal(6, false)
                + "\",\n"
                + "  \"quantity\": \"" + q + ", " + shape + " laws, n = " + e.cell().n() + "\",\n"
                + "  \"published\": \"" + e.printed().toDecimal(6, false) + "\",\n"
                + "  \"direction\": \">=\",\n"
                + "  \"kind\": \"context\",\n"
                + "  \"program\": {\n    \"id\": \"groups-forced-trade\"\n  },\n"
                + "  \"method\": {\n    \"type\": \"" + GroupsFamilyAuditor.METHOD + "\",\n"
                + "    \"shape\": \"" + shape + "\",\n"
                + "    \"n\": \"" + e.cell().n() + "\",\n"
                + "    \"mu_buyer\": \"" + e.cell().muBuyer() + "\",\n"
                + "    \"mu_seller\": \"" + e.cell().muSeller() + "\",\n"
                + "    \"quantity\": \"" + e.quantity().key() + "\",\n"
                + "    \"entry\": \"tradebounds.family.groups.Table1Audit.evaluate\"\n  },\n"
                + "  \"notes\": [\n"
                + "    \"A Monte Carlo estimate, not a bound: 'direction' is nominal. Agreement means within 4 SE "
                + "(10^6 runs) of the exact or enclosed value under the stated reading (unit-interval "
                + "conditioning, total utility > 0, E[GFT]/E[FB]); the audit names the readings that reproduce it.\"\n"
                + "  ]\n}\n";
    }
}
