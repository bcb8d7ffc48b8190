package tradebounds.instance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradebounds.json.JsonValue;
import tradebounds.json.JsonWriter;
import tradebounds.model.AtomicFiles;
import tradebounds.model.Rational;

/**
 * Writes the formats {@link InstanceReader} and {@link BilateralInstanceReader} read, with every rational in canonical {@code n} or {@code n/d}
 * text, so that write-then-read returns an equal instance.
 */
public final class InstanceWriter {
    private InstanceWriter() {
    }

    public static JsonValue toJson(FixedPriceInstance instance) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("kind", new JsonValue.Str(InstanceReader.KIND));
        m.put("units", new JsonValue.Num(Integer.toString(instance.units())));
        m.put("seller", side(instance.seller()));
        m.put("buyer", side(instance.buyer()));
        return new JsonValue.Obj(m);
    }

    public static String toText(FixedPriceInstance instance) {
        return JsonWriter.write(toJson(instance));
    }

    /**
     * Writes to a temporary file in the target's directory and renames it over the target, so a reader never
     * sees a half-written instance and a crash leaves the old file intact.
     */
    public static void write(FixedPriceInstance instance, Path file) throws IOException {
        AtomicFiles.writeString(file, toText(instance));
    }

    /** The {@link BilateralInstanceReader} format, atoms in increasing value order. */
    public static JsonValue toJson(BilateralInstance instance) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("kind", new JsonValue.Str(BilateralInstanceReader.KIND));
        m.put("units", new JsonValue.Num("1"));
        m.put("seller", law(instance.seller()));
        m.put("buyer", law(instance.buyer()));
        return new JsonValue.Obj(m);
    }

    public static String toText(BilateralInstance instance) {
        return JsonWriter.write(toJson(instance));
    }

    /** Atomic, as {@link #write(FixedPriceInstance, Path)}. */
    public static void write(BilateralInstance instance, Path file) throws IOException {
        AtomicFiles.writeString(file, toText(instance));
    }

    private static JsonValue law(Marginal law) {
        List<JsonValue> atoms = new ArrayList<>();
        for (int i = 0; i < law.size(); i++) {
            Map<String, JsonValue> m = new LinkedHashMap<>();
            m.put("value", new JsonValue.Str(law.values().get(i).toString()));
            m.put("prob", new JsonValue.Str(law.masses().get(i).toString()));
            atoms.add(new JsonValue.Obj(m));
        }
        return new JsonValue.Arr(atoms);
    }

    private static JsonValue side(Distribution d) {
        List<JsonValue> atoms = new ArrayList<>();
        for (Atom a : d.atoms()) {
            List<JsonValue> values = new ArrayList<>();
            for (Rational v : a.values()) {
                values.add(new JsonValue.Str(v.toString()));
            }
            Map<String, JsonValue> m = new LinkedHashMap<>();
            m.put("values", new JsonValue.Arr(values));
            m.put("prob", new JsonValue.Str(a.prob().toString()));
            atoms.add(new JsonValue.Obj(m));
        }
        return new JsonValue.Arr(atoms);
    }
}
