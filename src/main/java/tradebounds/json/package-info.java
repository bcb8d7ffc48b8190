/**
 * A small strict JSON reader and writer for instance files and {@code --json} output.
 *
 * <p>Why not a JSON library: the allowed dependencies are OR-Tools, ojAlgo, commons-math3 and JUnit, and none
 * of them parses JSON. Adding Jackson or Gson for a few flat files would put a large, reflective parser on the
 * path of inputs the checker certifies, while what we need fits in a few hundred lines we can read whole:
 * strict RFC 8259 (so a malformed file is an error, never a guess), numbers kept as source text (so no value
 * passes through a double), and errors that name the file and the {@code line:column} or the field path
 * ({@code seller[2].prob}) on one line.
 *
 * <p>{@link tradebounds.json.JsonReader} parses to a {@link tradebounds.json.JsonValue} tree;
 * {@link tradebounds.json.JsonCursor} walks it with the path attached; {@link tradebounds.json.JsonWriter}
 * writes it back. All input errors are {@link tradebounds.json.InputException} (CLI exit code 2). This package
 * imports nothing from the rest of tradebounds.
 */
package tradebounds.json;
