package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Article.Removal;

/** Main-content extraction on small pages: the article's paragraphs stay, the page around them goes. */
class MainContentTest {

    private static final String STORY = """
            <p>Ferry crews on the northern lakes voted on Monday to accept a new contract, ending a strike that had
            stranded island residents for nine days, their union said.</p>
            <p>The deal raises pay by four percent this year and three percent next year, and limits shifts to ten
            hours, according to a summary the union published.</p>
            <p>Services resume on Wednesday.</p>
            <p>The lake authority said the first boats would leave Port Hale at six in the morning and that
            tickets bought for cancelled crossings would be honoured until the end of the month.</p>
            """;

    @Test
    void boilerplateAroundAndInsideTheArticleGoesAndItsParagraphsStay() {
        Article a = Extracted.html("""
                <html><body>
                <div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
                  <a href="/weather">Weather</a></div>
                <div class="wrapper">
                  <div class="main-column">
                    <h1>Ferry Crews Accept Deal</h1>
                    <div class="byline">By <a href="/staff/roe">Jane Roe</a></div>
                    <div class="story">""" + STORY + """
                      <figure><img src="f.jpg"><figcaption>A ferry at Port Hale on Monday, after the vote was
                        announced to the crews waiting on the quay.</figcaption></figure>
                      <ul class="links"><li><a href="/a">Lake levels fall again</a></li>
                        <li><a href="/b">Island school reopens</a></li><li><a href="/c">New bridge planned</a></li></ul>
                    </div>
                    <div class="tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
                  </div>
                  <div class="rail">
                    <div><h3><a href="/x">Storm warning lifted for the coast</a></h3>
                      <p>Forecasters lifted the warning on Sunday evening after winds eased across the region.</p></div>
                    <div><h3><a href="/y">Council approves new budget</a></h3>
                      <p>The council approved the budget by eleven votes to four after a long debate on Thursday.</p></div>
                    <div><h3><a href="/z">Harbour wall repaired</a></h3>
                      <p>Engineers finished the repairs two weeks early, the port authority said in a statement.</p></div>
                  </div>
                </div>
                <div id="comments"><p>I have taken this ferry every morning for twenty years and never seen it late
                  until this strike began, and I am glad it is over.</p></div>
                <div class="bottom"><p>© 2025 Lakeside Courier. All rights reserved.</p>
                  <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></div>
                </body></html>
                """);
        assertThat(Extracted.lines(a)).containsExactly(
                "Ferry Crews Accept Deal",
                "Ferry crews on the northern lakes voted on Monday to accept a new contract, ending a strike that had "
                        + "stranded island residents for nine days, their union said.",
                "The deal raises pay by four percent this year and three percent next year, and limits shifts to ten "
                        + "hours, according to a summary the union published.",
                "Services resume on Wednesday.",
                "The lake authority said the first boats would leave Port Hale at six in the morning and that "
                        + "tickets bought for cancelled crossings would be honoured until the end of the month.");
        // What lies outside the article stays in the page's text, removed with its reason.
        assertThat(a.furniture()).extracting(Removal::reason).contains(MainContent.OUTSIDE);
        assertThat(a.document().text()).contains("Storm warning lifted", "Jane Roe");
    }

    @Test
    void aPageWithoutProseKeepsEverything() {
        Article a = Extracted.html("<body><div><a href=/a>One</a></div><div>Two words</div></body>");
        assertThat(Extracted.lines(a)).containsExactly("One", "Two words");
    }

    @Test
    void aListOfStoryCardsLosesToTheArticleEvenWithMoreText() {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            cards.append("<div class=\"card\"><h3><a href=\"/s").append(i).append("\">Other story number ").append(i)
                    .append("</a></h3><p>An excerpt of other story number ").append(i)
                    .append(", which runs on for a while about something else entirely.</p></div>");
        }
        Article a = Extracted.html("<body><div class=\"grid\">" + cards + "</div><div itemprop=\"articleBody\">"
                + STORY + "</div></body>");
        assertThat(a.cleanedText()).contains("Ferry crews on the northern lakes").doesNotContain("excerpt");
    }
}
