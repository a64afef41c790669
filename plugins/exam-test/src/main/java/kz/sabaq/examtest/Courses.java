package kz.sabaq.examtest;

import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;

/**
 * The staff module's rules in a stream's own context: the stream's teacher sees their streams, the
 * "all" right sees every stream its role's restrictions admit; edit mode may change what it sees.
 * Students reach only the streams of their own groups.
 */
public final class Courses {
    /** A "view all" list shows at most this many streams; more need the search of a later version. */
    private static final int ALL_LIMIT = 500;

    private final AcademicDirectory academic;
    private final Access access;
    private final CourseMapper rows;

    public Courses(AcademicDirectory academic, Access access, CourseMapper rows) {
        this.academic = academic;
        this.access = access;
        this.rows = rows;
    }

    public boolean canView(Viewer viewer, Stream stream) {
        return access.seesStream(viewer, stream, ExamTestModule.VIEW, ExamTestModule.ALL);
    }

    public boolean canEdit(Viewer viewer, Stream stream) {
        return canView(viewer, stream) && access.allows(viewer, ExamTestModule.EDIT, stream.scope());
    }

    /** The stream, when the viewer may see its bank and tests; 404 when there is none, 403 when not theirs. */
    public Stream viewable(Viewer viewer, long streamId) {
        Stream stream = academic.stream(streamId).orElseThrow(UserError::notFound);
        if (!canView(viewer, stream)) {
            throw UserError.forbidden();
        }
        return stream;
    }

    public Stream editable(Viewer viewer, long streamId) {
        Stream stream = viewable(viewer, streamId);
        if (!canEdit(viewer, stream)) {
            throw UserError.forbidden();
        }
        return stream;
    }

    /** The stream, when the viewer is its student with the student module. */
    public Stream ofStudent(Viewer viewer, long streamId) {
        Stream stream = academic.stream(streamId).orElseThrow(UserError::notFound);
        if (!access.allows(viewer, ExamTestModule.TAKE, stream.scope())
                || !academic.isStudentOf(streamId, viewer.userId())) {
            throw UserError.forbidden();
        }
        return stream;
    }

    public long disciplineOf(long streamId) {
        return Optional.ofNullable(rows.disciplineOf(streamId)).orElseThrow(UserError::notFound);
    }

    /** The streams the staff member sees, by code. */
    public List<Stream> visible(Viewer viewer) {
        List<Long> ids = viewer.can(ExamTestModule.ALL) ? rows.allStreams(ALL_LIMIT) : rows.streamsOfTeacher(viewer.userId());
        return ids.stream().map(academic::stream).flatMap(Optional::stream).filter(s -> canView(viewer, s)).toList();
    }

    /** The student's streams that have a test. */
    public List<Stream> withTestsOf(Viewer viewer) {
        return rows.streamsWithTestsOfStudent(viewer.userId()).stream().map(academic::stream)
                .flatMap(Optional::stream).toList();
    }
}
