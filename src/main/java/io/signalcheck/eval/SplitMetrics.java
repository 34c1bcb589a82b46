package io.signalcheck.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The figures for one part of the corpus (tuning, heldout or all).
 *
 * @param actorConfidenceAccuracy share of correctly named actors whose confidence tier matches the label;
 *                                null when no actor was found
 * @param auc ROC AUC of the overall score, influence-operation reports against the rest; null when a class is empty
 */
@JsonPropertyOrder({"articles", "influenceOperations", "signals", "macroF1", "macroF1ByLanguage",
        "languageAccuracy", "attributionLevelAccuracy", "actors", "actorConfidenceAccuracy", "auc"})
public record SplitMetrics(
        int articles,
        int influenceOperations,
        Map<String, Confusion> signals,
        double macroF1,
        Map<String, Double> macroF1ByLanguage,
        double languageAccuracy,
        double attributionLevelAccuracy,
        Confusion actors,
        Double actorConfidenceAccuracy,
        Double auc) {}
