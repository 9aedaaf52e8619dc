package org.partnerfit.assessment.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerfit.assessment.domain.EvidenceFile;
import org.partnerfit.assessment.domain.EvidenceInfo;
import org.partnerfit.assessment.domain.EvidenceType;
import org.partnerfit.assessment.domain.FileNames;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;
import org.partnerfit.shared.ZipContents;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.QuestionType;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Evidence files: partners attach them to evidence questions while their answers are editable;
 * the client's people and the partner who sent them download them. Nothing is trusted from the
 * browser: the name is sanitised, the type is read from the bytes, the size is counted here.
 */
@Stateless
public class EvidenceLocker {

    /** Files per evidence question: enough for a policy and its appendices, not a dump. */
    static final int MAX_FILES_PER_QUESTION = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private PartnerGrants grants;

    @EJB
    private PluginRegistry plugins;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "partnerfit.evidence.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** The largest file accepted, in bytes, so a caller need not read more than one byte beyond it. */
    public long maxBytes() {
        return maxBytes;
    }

    /** What a file over {@link #maxBytes()} is refused with, for a page that refuses it before sending it. */
    public Wording tooLarge() {
        return Wording.of("evidence.tooLarge", megabytes(maxBytes));
    }

    /** Stores a file for one evidence question of a criterion the partner may still change. */
    public EvidenceInfo upload(PartnerContact contact, long invitationId, String pluginId, String questionKey,
                               String fileName, byte[] content) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        tenancy.enter(em, tenant);
        Invitation invitation = Lookup.invitation(em, invitationId);
        Submission submission = Lookup.editable(em, invitation, pluginId, AssessmentLifecycle.today());
        Question question = evidenceQuestion(submission, questionKey);
        EvidenceType type = check(question, fileName, content);
        long already = em.createNamedQuery("EvidenceFile.ofSubmission", EvidenceInfo.class)
                .setParameter("submission", submission).getResultStream()
                .filter(e -> e.questionKey().equals(questionKey)).count();
        if (already >= MAX_FILES_PER_QUESTION) {
            throw new InvalidInputException(Wording.of("evidence.tooMany", MAX_FILES_PER_QUESTION),
                    questionKey, Wording.of("problem.tooManyFiles"));
        }
        em.flush();
        EvidenceFile file = new EvidenceFile(submission, questionKey, FileNames.sanitise(fileName, type.extension()),
                type.contentType(), sha256(content), content, contact.email());
        em.persist(file);
        em.flush();
        audit.record(AuditAction.EVIDENCE_UPLOADED, tenant, "invitation " + invitationId + " / " + pluginId,
                file.info().fileName() + " (" + content.length + " bytes, sha256 " + file.info().sha256() + ")");
        return file.info();
    }

    /** Removes a file while the answers it belongs to can still change. */
    public void remove(PartnerContact contact, long invitationId, long evidenceId) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        tenancy.enter(em, tenant);
        EvidenceFile file = ofInvitation(evidenceId, invitationId);
        Lookup.editable(em, file.getSubmission().getInvitation(), file.getSubmission().getCriterion().getPluginId(),
                AssessmentLifecycle.today());
        em.remove(file);
        audit.record(AuditAction.EVIDENCE_REMOVED, tenant, "invitation " + invitationId, file.info().fileName());
    }

    /** The files of one criterion, as the partner who sent them sees them. */
    public List<EvidenceInfo> ofCriterion(PartnerContact contact, long invitationId, String pluginId) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        tenancy.enter(em, tenant);
        Invitation invitation = Lookup.invitation(em, invitationId);
        return Lookup.submission(em, invitation, Lookup.criterion(invitation, pluginId))
                .map(s -> em.createNamedQuery("EvidenceFile.ofSubmission", EvidenceInfo.class)
                        .setParameter("submission", s).getResultList())
                .orElse(List.of());
    }

    /** A partner downloads a file of their own invitation. */
    public EvidenceDownload download(PartnerContact contact, long invitationId, long evidenceId) {
        tenancy.enter(em, grants.tenantOf(contact, invitationId));
        return EvidenceDownload.of(ofInvitation(evidenceId, invitationId));
    }

    /** The client's people download any file of their tenant. */
    public EvidenceDownload download(TenantId tenant, long evidenceId) {
        tenancy.enter(em, tenant);
        return EvidenceDownload.of(byId(evidenceId));
    }

    private EvidenceFile byId(long evidenceId) {
        return Lookup.evidence(em, evidenceId);
    }

    private EvidenceFile ofInvitation(long evidenceId, long invitationId) {
        EvidenceFile file = byId(evidenceId);
        if (file.getSubmission().getInvitation().getId() != invitationId) {
            throw new NotFoundException("No such file.");
        }
        return file;
    }

    private Question evidenceQuestion(Submission submission, String questionKey) {
        return plugins.plugin(submission.getCriterion().getPluginId(), submission.getCriterion().getPluginVersion())
                .orElseThrow(() -> new IllegalStateException("The plugin pinned by this assessment is not installed."))
                .plugin().partnerQuestionnaire().questions().stream()
                .filter(q -> q.key().equals(questionKey) && q.type() == QuestionType.EVIDENCE).findFirst()
                .orElseThrow(() -> new InvalidInputException(Wording.of("evidence.noSuchQuestion", questionKey),
                        "question", Wording.of("problem.notEvidenceQuestion")));
    }

    private EvidenceType check(Question question, String fileName, byte[] content) {
        String key = question.key();
        if (content == null || content.length == 0) {
            throw new InvalidInputException(Wording.of("evidence.empty"), key, Wording.of("problem.emptyFile"));
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(tooLarge(),
                    key, Wording.of("problem.largerThan", megabytes(maxBytes)));
        }
        String extension = FileNames.extension(fileName);
        List<String> accepted = question.evidenceTypes();
        EvidenceType type = EvidenceType.ofExtension(extension)
                .filter(t -> accepted.stream().anyMatch(a -> a.equalsIgnoreCase(t.extension())))
                .orElseThrow(() -> new InvalidInputException(Wording.of("evidence.typeRefused", extension, String.join(", ", accepted)),
                        key, Wording.of("problem.typeNotAccepted")));
        if (!type.matches(content)) {
            throw notOfType(key, extension);
        }
        if (type.zipPackage()) {
            // Stored files are never unpacked here, but whoever downloads one will unpack it.
            ZipContents zip = ZipContents.read(content);
            if (zip.tooLarge()) {
                throw new InvalidInputException(Wording.of("evidence.zipBomb", ZipContents.limit()),
                        key, Wording.of("problem.unpacksToMore", ZipContents.limit()));
            }
            if (!zip.readable() || !zip.names().contains("[Content_Types].xml")) {
                throw notOfType(key, extension);
            }
        }
        return type;
    }

    private static InvalidInputException notOfType(String key, String extension) {
        return new InvalidInputException(Wording.of("evidence.contentMismatch", extension, extension.toUpperCase(java.util.Locale.ROOT)),
                key, Wording.of("problem.contentMismatch"));
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MiB" : bytes + " bytes";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
