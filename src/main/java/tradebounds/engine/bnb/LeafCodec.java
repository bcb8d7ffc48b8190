package tradebounds.engine.bnb;

/** Writes and reads the payload of a closed leaf as the text after {@code L } on one line of a tree stream. */
public interface LeafCodec<L> {
    String write(L leaf);

    L read(String text);
}
