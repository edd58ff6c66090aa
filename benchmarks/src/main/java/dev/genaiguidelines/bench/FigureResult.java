package dev.genaiguidelines.bench;

import java.util.List;

/** The table rows one figure contributes, and the raw samples behind them. */
record FigureResult(List<ResultRow> rows, List<String> details) {

  FigureResult {
    rows = List.copyOf(rows);
    details = List.copyOf(details);
  }

  /** This figure's rows and samples, then {@code more}'s. */
  FigureResult plus(FigureResult more) {
    List<ResultRow> allRows = new java.util.ArrayList<>(rows);
    allRows.addAll(more.rows());
    List<String> allDetails = new java.util.ArrayList<>(details);
    allDetails.addAll(more.details());
    return new FigureResult(allRows, allDetails);
  }
}
