package io.signalcheck.handlers;

/** A wire-style French article of about 6 KB (our own writing) for timing the handler. */
final class SampleArticle {
    private SampleArticle() {}

    static String text() {
        StringBuilder b = new StringBuilder("<html><head><title>Ingérence étrangère : la campagne visée</title>"
                + "</head><body><article>");
        String[] paragraphs = {
            "Des images générées par l'intelligence artificielle ont servi à imiter des électeurs ordinaires, "
                    + "selon deux personnes proches des conversations entre les services concernés.",
            "Un réseau de faux comptes sur les réseaux sociaux a relayé ces montages pendant la campagne "
                    + "présidentielle, d'après une évaluation déclassifiée publiée mardi par l'agence nationale.",
            "Les enquêteurs rappellent qu'en 2016, des courriels piratés avaient été publiés pour peser sur le "
                    + "scrutin, une opération attribuée avec un degré de confiance élevé à un service étranger.",
            "L'agence a toutefois indiqué n'avoir vu aucun signe d'une nouvelle opération visant les élections "
                    + "locales, a déclaré sa porte-parole, Claire Martin, lors d'un point presse.",
            "Un site imitant un grand quotidien régional a diffusé de faux entretiens avec des candidats, "
                    + "selon un rapport de l'observatoire indépendant consulté par notre rédaction.",
        };
        for (int i = 0; i < 8; i++) {
            for (String p : paragraphs) {
                b.append("<p>").append(p).append("</p>\n");
            }
        }
        return b.append("</article></body></html>").toString();
    }
}
