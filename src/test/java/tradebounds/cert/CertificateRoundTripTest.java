package tradebounds.cert;

import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

class CertificateRoundTripTest {
    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("certificates", "examples"))) {
            // guarantee trees have their own format and reader (FORMAT.md section 5); they are not round-tripped here
            return s.filter(p -> p.toString().endsWith(".cert") && !TreeCertificateReader.isTreeFile(p)).sorted()
                    .toList().stream();
        }
    }

    /** read -> write -> read -> write is a fixed point, and the canonical text differs only in comments. */
    @ParameterizedTest
    @MethodSource("examples")
    void canonicalTextIsAFixedPoint(Path file) throws Exception {
        String once = CertificateWriter.toText(CertificateReader.read(file));
        String twice = CertificateWriter.toText(CertificateReader.read(once, "once"));
        assertEquals(once, twice);
        List<String> original = Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(original, once.lines().toList());
    }

    @Test
    void builtLpCertificateRoundTrips() throws Exception {
        ModelBuilder b = new ModelBuilder("toy");
        int x = b.addVariable("x", Bound.nonNegative());
        int y = b.addVariable("y", Bound.between(Rational.of(-3, 7), Rational.of(11, 5)));
        b.addRow("c1", Expr.builder().add(x, Rational.of(13, 10)).add(y, Rational.ONE).constant(Rational.ONE).build(),
                Bound.atLeast(Rational.of(2)));
        b.objective(Sense.MAXIMIZE, Expr.builder().add(x, Rational.of(-1)).constant(Rational.of(1, 3)).build());
        Model m = b.provenance("program", "toy").build();
        Certificate c = CertificateBuilder.of(CertificateType.LP_OPTIMUM).program(m)
                .solution(new Rational[] {Rational.ZERO, Rational.ONE})
                .dual(new Rational[] {Rational.of(-5, 2)})
                .claim(ClaimKind.OBJECTIVE_AT_LEAST, Rational.of(1, 3)).build();
        String text = CertificateWriter.toText(c);
        assertEquals(List.of("c1 0 5/2"), text.lines().filter(l -> l.startsWith("c1 0")).toList());
        Certificate back = CertificateReader.read(text, "built");
        assertEquals(m.rows(), back.program().orElseThrow().model().rows());
        assertEquals(m.variables(), back.program().orElseThrow().model().variables());
        assertEquals(m.objective(), back.program().orElseThrow().model().objective());
        assertEquals(text, CertificateWriter.toText(back));
    }

    @Test
    void atomicWriteReplacesTheTarget(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Certificate c = CertificateReader.read(Path.of("certificates", "examples", "qcp-witness-toy.cert"));
        Path target = dir.resolve("sub").resolve("w.cert");
        CertificateWriter.write(c, target);
        CertificateWriter.write(c, target);
        assertEquals(CertificateWriter.toText(c), Files.readString(target));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void errorsNameFileAndLine() {
        CertificateException e = assertThrows(CertificateException.class,
                () -> CertificateReader.read("TRADEBOUNDS 1\n\n# c\nTYPE nonsense\n", "f.cert"));
        assertEquals("f.cert:4", e.where());
        assertEquals(FormatError.MALFORMED, e.error());
        assertEquals("unknown TYPE 'nonsense'", e.reason());
    }

    @Test
    void writerRefusesWhatTheReaderWouldMisread() {
        Certificate c = CertificateBuilder.of(CertificateType.INSTANCE_HARDNESS).meta("note", "a #b")
                .solution(List.of("r"), List.of(Rational.ONE)).claim(ClaimKind.RATIO_AT_MOST, Rational.ONE).build();
        assertThrows(IllegalArgumentException.class, () -> CertificateWriter.toText(c));
        Certificate bad = CertificateBuilder.of(CertificateType.INSTANCE_HARDNESS)
                .solution(List.of("SOL"), List.of(Rational.ONE)).claim(ClaimKind.RATIO_AT_MOST, Rational.ONE).build();
        assertThrows(IllegalArgumentException.class, () -> CertificateWriter.toText(bad));
    }

    @Test
    void decimalsAreAcceptedAndExponentsAreNot() throws Exception {
        String ok = "TRADEBOUNDS 1\nTYPE instance-hardness\nINSTANCE units=1\nSELLER 1\n1 0.25\nBUYER 1\n1.0 1\n"
                + "CLAIM ratio <= 1\n";
        Certificate c = CertificateReader.read(ok, "d");
        assertEquals(Rational.of(1, 4), c.instance().orElseThrow().seller().get(0).values().get(0));
        CertificateException e = assertThrows(CertificateException.class,
                () -> CertificateReader.read(ok.replace("0.25", "25e-2"), "d"));
        assertEquals(FormatError.MALFORMED, e.error());
    }
}
