package tradebounds.report;

/** Escaping and the one stylesheet every page inlines (pages open from the file system, so nothing is linked). */
final class Html {
    static final String STYLE = """
            body { font-family: sans-serif; margin: 1.5em; color: #111; max-width: 1400px; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; position: sticky; top: 0; }
            td.num { text-align: right; white-space: nowrap; } td.claim { white-space: nowrap; }
            .verdict { font-weight: bold; white-space: nowrap; }
            .CERTIFIED { color: #006d2c; } .NUMERIC { color: #8c6d00; } .REFUTED { color: #b30000; } .OPEN { color: #555; }
            .filters { margin: 1em 0; } .filters label { margin-right: 1.5em; }
            figure { margin: 1.5em 0; } figcaption { max-width: 820px; font-size: 13px; color: #333; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 4px 16px; }
            dt { font-weight: bold; } dd { margin: 0; }
            li { margin-bottom: 4px; }
            """;

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The head of every page: charset, title, inline style; no external resource. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n";
    }

    /** A claim id as a file name: ids are registry file names already, this only guards odd characters. */
    static String pageName(String claim) {
        return claim.replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    }
}
