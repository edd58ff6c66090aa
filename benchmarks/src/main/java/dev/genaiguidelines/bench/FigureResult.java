package dev.genaiguidelines.bench;

import java.util.List;

/** The table rows one figure contributes, and the raw samples behind them. */
record FigureResult(List<ResultRow> rows, List<String> details) {

  FigureResult {
    rows = List.copyOf(rows);
    details = List.copyOf(details);
  }
}
