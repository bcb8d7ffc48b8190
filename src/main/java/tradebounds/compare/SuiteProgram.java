package tradebounds.compare;

import java.util.function.Supplier;
import tradebounds.model.Model;

/**
 * One program of a solver comparison suite, contributed by a paper family ({@code claims.Family#comparisonPrograms}).
 * The model is built only when the suite runs, so listing a suite costs nothing.
 *
 * @param family  the contributing family's id
 * @param program the program id as the registry and {@code tradebounds solve} name it
 * @param size    the size parameter in the family's words, e.g. {@code "n=8"} or {@code "cells=20"}
 * @param data    the fixed data the program is built on, in words (price list, instance, grid), for the record
 * @param build   builds the model; deterministic (no random input), so every run solves the same program
 */
public record SuiteProgram(String family, String program, String size, String data, Supplier<Model> build) {
}
