package org.partnerfit.assessment.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types an evidence question may ask for, with the content type they are served as and
 * the first bytes a genuine file of the type starts with: the name alone proves nothing.
 */
public enum EvidenceType {
    PDF("pdf", "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPG("jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    JPEG("jpeg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signatures.ZIP),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signatures.ZIP),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Signatures.ZIP);

    private final String extension;
    private final String contentType;
    private final byte[] signature;

    EvidenceType(String extension, String contentType, byte[] signature) {
        this.extension = extension;
        this.contentType = contentType;
        this.signature = signature;
    }

    public static Optional<EvidenceType> ofExtension(String extension) {
        return Arrays.stream(values()).filter(t -> t.extension.equalsIgnoreCase(extension)).findFirst();
    }

    /** Whether the bytes start the way a file of this type must. */
    public boolean matches(byte[] content) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** Whether it is an Office Open XML package: a ZIP whose parts a reader unpacks. */
    public boolean zipPackage() {
        return signature == Signatures.ZIP;
    }

    /** Whether a browser may show it inline (the rest is always downloaded). */
    public boolean previewable() {
        return this == PDF || this == PNG || this == JPG || this == JPEG;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    private static final class Signatures {
        static final byte[] ZIP = {'P', 'K', 3, 4};
    }
}
