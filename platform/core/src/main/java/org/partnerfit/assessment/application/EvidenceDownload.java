package org.partnerfit.assessment.application;

import org.partnerfit.assessment.domain.EvidenceFile;
import org.partnerfit.assessment.domain.EvidenceInfo;
import org.partnerfit.assessment.domain.EvidenceType;
import org.partnerfit.assessment.domain.FileNames;

/** A file's bytes with what a download response needs to serve them safely. */
public record EvidenceDownload(EvidenceInfo info, byte[] content) {

    static EvidenceDownload of(EvidenceFile file) {
        return new EvidenceDownload(file.info(), file.getContent());
    }

    /** Images and PDFs may open in the browser; everything else is a download. */
    public boolean previewable() {
        return EvidenceType.ofExtension(FileNames.extension(info.fileName())).map(EvidenceType::previewable).orElse(false);
    }
}
