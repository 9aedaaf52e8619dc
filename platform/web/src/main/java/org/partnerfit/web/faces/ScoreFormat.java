package org.partnerfit.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.partnerfit.report.ResultsTable;

/** Scores and confidences on the pages written as the exports write them: 80 and 66.67, 83%. */
@Named("scores")
@ApplicationScoped
public class ScoreFormat {

    public String number(Double value) {
        return ResultsTable.number(value);
    }

    public String percent(Double fraction) {
        return ResultsTable.percent(fraction);
    }
}
