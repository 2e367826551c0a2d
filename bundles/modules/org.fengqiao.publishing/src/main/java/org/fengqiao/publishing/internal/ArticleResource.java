package org.fengqiao.publishing.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.identity.api.Account;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.publishing.api.Article;
import org.fengqiao.publishing.api.ClueReply;
import org.fengqiao.publishing.api.PublishingService;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Articles on the front page and on boards; answers to calls for clues stay confidential (P10). */
@Component(service = ArticleResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ArticleApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    record ReplyBody(String body) {
    }

    record NewArticle(String kind, String boardId, String title, String body) {
    }

    record ArticleView(long id, String kind, String boardId, String title, String body, long authorId,
            String authorName, String authorUnitCode, java.time.Instant publishedAt) {
        static ArticleView of(Article a) {
            return new ArticleView(a.id(), a.kind().code(), a.boardId(), a.title(), a.body(), a.authorId(),
                    a.authorName(), a.authorUnitCode(), a.publishedAt());
        }
    }

    private final PublishingService publishing;
    private final Authenticator auth;

    @Activate
    public ArticleResource(@Reference PublishingService publishing, @Reference Authenticator auth) {
        this.publishing = publishing;
        this.auth = auth;
    }

    @GET
    public List<ArticleView> list(@QueryParam("board") String board, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return publishing.list(board == null || board.isBlank() ? null : board, ArticleRules.kind(kind, false),
                Params.intParam("page", page, 0, 0, 1_000_000), Params.intParam("size", size, 20, 1, 100))
                .stream().map(ArticleView::of).toList();
    }

    @POST
    public Response publish(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewArticle body) {
        Account staff = auth.require(authorization);
        NewArticle a = Params.present(body);
        Article published = publishing.publish(staff, ArticleRules.kind(a.kind(), true), a.boardId(), a.title(), a.body());
        return Response.status(201).entity(ArticleView.of(published)).build();
    }

    @GET
    @Path("{id}")
    public ArticleView article(@PathParam("id") String id) {
        return ArticleView.of(publishing.article(articleId(id)));
    }

    @POST
    @Path("{id}/replies")
    public Response reply(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            ReplyBody body) {
        Account author = auth.require(authorization);
        return Response.status(201).entity(publishing.reply(articleId(id), author, Params.present(body).body()))
                .build();
    }

    @GET
    @Path("{id}/replies")
    public List<ClueReply> replies(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return publishing.replies(articleId(id), auth.require(authorization));
    }

    private static long articleId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw FengqiaoException.notFound("article_not_found", "no article " + id);
        }
    }
}
