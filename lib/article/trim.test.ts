import { describe, expect, it } from 'vitest';
import type { BodyText } from './body';
import { isWidgetLine, trimBody } from './trim';

/** A body of plain paragraphs; `linked` marks paragraphs that are all link text. */
function body(paragraphs: string[], linked: number[] = []): BodyText {
  let at = 0;
  const blocks = paragraphs.map((p) => {
    const b = { start: at, end: at + p.length, tag: 'p' };
    at += p.length + 2;
    return b;
  });
  return {
    text: paragraphs.join('\n\n'),
    blocks,
    sources: paragraphs.map(() => null),
    linked: paragraphs.map((p, i) => (linked.includes(i) ? p.replace(/\s+/g, '').length : 0)),
  };
}

const story = [
  'The council voted on Tuesday to extend the night bus service to the new districts, after months of complaints.',
  'Residents said they had been walking home along unlit roads after late shifts, and that taxis rarely came.',
  'The first buses will run in March, on a trial basis, and the timetable will be reviewed after six months.',
];

describe('trimBody', () => {
  it('keeps a story without widgets as it is', () => {
    const b = body(story);
    expect(trimBody(b)).toBe(b);
  });
  it('cuts teasers after a widget title, but not prose after an inline promo title', () => {
    const teasers = body([...story, 'Related stories', 'Bus fares to rise in May', 'New cycle lanes open']);
    expect(trimBody(teasers).text).toBe(story.join('\n\n'));
    const prose = body([...story, 'Related stories', `${story[0]} ${story[1]} ${story[2]}`]);
    expect(trimBody(prose).text).toContain('Related stories');
  });
  it('cuts a closing author card found by its own title line, not a story line about a writer', () => {
    const card = body([...story, 'Tim Green UK-based Systems Theorist & Independent Technology Writer', 'Tim explores the intersections of artificial intelligence and ethics.', 'His writing has been featured widely.']);
    expect(trimBody(card).text).toBe(story.join('\n\n'));
    const prose = body([...story, 'Maria Lopez, a local writer, spoke at the meeting.', 'Residents applauded her remarks.']);
    expect(trimBody(prose).text).toContain('Maria Lopez');
  });
  it('cuts a funding appeal after the story, but not a closing call to donate or a long story after it', () => {
    const appeal = body([...story, 'Since you made it to the bottom of this article, we have a small favor to ask.', 'Every dollar you give this month will be matched.']);
    expect(trimBody(appeal).text).toBe(story.join('\n\n'));
    const patreon = body([...story, 'Support CNX Software! Donate via cryptocurrencies or become a Patron on Patreon.']);
    expect(trimBody(patreon).text).toBe(story.join('\n\n'));
    const charity = body([...story, 'Learn more about our programs and upcoming concerts, and donate today to help us bring music to every child!']);
    expect(trimBody(charity).text).toContain('donate today');
    const more = body([...story, 'We have a small favor to ask of readers, the mayor said.', ...Array.from({ length: 20 }, () => story[1]!)]);
    expect(trimBody(more).text).toContain('small favor');
  });
  it('drops byline lines, but not sentences that open with "By"', () => {
    expect(trimBody(body(['Written by Cassidy Horton', ...story])).text).toBe(story.join('\n\n'));
    expect(trimBody(body(['By Jane Doe', ...story])).text).toBe(story.join('\n\n'));
    expect(trimBody(body(['By then it was late.', ...story])).text).toContain('By then it was late.');
    // "By" and the name in sibling elements read as one glued line (WCXB dev 4530).
    expect(trimBody(body(['ByDaryl Austin', ...story])).text).toBe(story.join('\n\n'));
    for (const line of ['Bypass Road', 'BYU Cougars']) expect(trimBody(body([line, ...story])).text).toContain(line);
    // A credit line with what the reviewer is, among the first paragraphs only (WCXB dev 0298).
    const credit = 'Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan, on December 9, 2024.';
    expect(trimBody(body([credit, ...story])).text).toBe(story.join('\n\n'));
    expect(trimBody(body([...story, story[0]!, credit])).text).toContain(credit);
    expect(trimBody(body(['Written by hand, the letters took him most of a winter, one page every night after work.', ...story])).text).toContain('Written by hand');
  });
  it('drops a closing author bio only when it names the byline', () => {
    const bio = 'Jane Doe is a reporter covering transport and the city council.';
    expect(trimBody(body([...story, bio]), 'Jane Doe').text).toBe(story.join('\n\n'));
    expect(trimBody(body([...story, bio]), 'John Roe').text).toContain(bio);
  });
  it('drops link lines closing the story and inline "Read more:" promos', () => {
    const b = body([story[0]!, 'Read more: Bus fares to rise', story[1]!, story[2]!, 'Bus fares to rise in May'], [1, 4]);
    expect(trimBody(b).text).toBe(story.join('\n\n'));
  });
  it('cuts a closing comment box after its title ("What do you think?", "Join the conversation")', () => {
    // WCXB dev 0464: "What do you think?" / "Be the first to comment" closed the body.
    for (const title of ['What do you think?', 'Join the Conversation', 'Be the first to comment']) {
      const b = body([...story, title, 'Name', 'Post comment']);
      expect(trimBody(b).text).toBe(story.join('\n\n'));
    }
    expect(trimBody(body([...story, 'What do you think about the plan, and will you ride the new buses?'])).text).toContain('What do you think about');
  });
  it('drops newsletter pitches and sponsor labels anywhere, but not sentences about newsletters', () => {
    for (const pitch of ['🚀 Sign up for The Replay newsletter', 'Get the latest federal technology news delivered to your inbox.', 'Follow us on Instagram', 'In partnership with', 'Advertisement: New AI Book!']) {
      expect(trimBody(body([story[0]!, pitch, story[1]!, story[2]!])).text).toBe(story.join('\n\n'));
    }
    for (const prose of ['Subscribers to the newsletter rose by a third in a year, the paper said.', 'Follow the river north for two miles.']) {
      expect(trimBody(body([story[0]!, prose, story[1]!, story[2]!])).text).toContain(prose);
    }
  });
  it('drops labelled and indirect affiliate notices at the edges', () => {
    for (const notice of ['Note: Some posts may contain affiliate links. Read more in our Privacy policy.', 'We may be compensated when you click on a link, when an application is approved.']) {
      expect(trimBody(body([notice, ...story])).text).toBe(story.join('\n\n'));
    }
  });
  it("drops the author's calls to the reader, credits and read-time bylines anywhere, but not prose", () => {
    // WCXB dev 4159, 0097, 0107, 0458, 4182, 4503, 0155, 0221.
    for (const line of [
      'Did you make one of my recipes? Please take a moment to leave a star rating.',
      'Stay connected with me!',
      'Help me spread the word about this podcast!',
      'Image Source: Mises Institute',
      'Bridgestone Team | 5 min read',
      'Loading paragraph...',
      'Receive agency growth tips, delivered to your inbox',
      'Already have an account? Log in',
      'Buy now from one of our trusted retail partners:',
      'This article is exclusive to STAT+ subscribers',
    ]) {
      expect(trimBody(body([story[0]!, line, story[1]!, story[2]!])).text).toBe(story.join('\n\n'));
    }
    for (const prose of ['Did you know the buses once ran all night?', 'The image source was a council archive, the paper said.', 'Loading the buses takes longer in winter.']) {
      expect(trimBody(body([story[0]!, prose, story[1]!, story[2]!])).text).toContain(prose);
    }
  });
  it('walks back over footnotes, follow-us lines, comment notices and a heading left last', () => {
    // WCXB dev 0436, 4640, 0461, 4715.
    const tail = ['Footnotes', 'Maybe up to billions at this point. ↩', 'Even on slow hardware. ↩'];
    expect(trimBody(body([...story, ...tail])).text).toBe(story.join('\n\n'));
    expect(trimBody(body([...story, 'Follow Hardtail Canada', 'Favourite on Google News'])).text).toBe(story.join('\n\n'));
    expect(trimBody(body([...story, 'By posting a comment, you consent to have your information used in accordance with our privacy policy.'])).text).toBe(story.join('\n\n'));
    for (const closing of [
      'Playful Void is a production of Idle Cartulary. If you liked this article, please consider sharing it.',
      'Insight Wealth Strategies, LLC is a Registered Investment Adviser. Advisory services are only offered where it is registered.',
    ]) {
      expect(trimBody(body([...story, closing])).text).toBe(story.join('\n\n'));
      // The same words in the middle of the story stay.
      expect(trimBody(body([story[0]!, closing, story[1]!, story[2]!])).text).toContain(closing);
    }
    const heading = body([...story, 'How other merchants stack up']);
    heading.blocks[3]!.tag = 'h2';
    expect(trimBody(heading).text).toBe(story.join('\n\n'));
    // The same short line as a paragraph, and "Follow the…" prose, stay.
    expect(trimBody(body([...story, 'How other merchants stack up'])).text).toContain('stack up');
    expect(trimBody(body([...story, 'Follow the river north for two miles.'])).text).toContain('Follow the river');
  });
  it('cuts a reader-funding pitch after its title', () => {
    // WCXB dev 4511.
    for (const title of ['This story is funded by readers like you']) {
      expect(trimBody(body([...story, title, 'Your monthly donation keeps our newsroom free.'])).text).toBe(story.join('\n\n'));
    }
  });
  it('cuts closing call boxes after their title, even under a text rule', () => {
    // WCXB dev 0031, 4076.
    for (const title of ['---------- SHARE YOUR STORY', 'Explore the Latest AI Insights, Trends and Research']) {
      expect(trimBody(body([...story, title, 'Book a call with our team today.', 'Webinars'])).text).toBe(story.join('\n\n'));
    }
    // The same title before a long paragraph stays.
    expect(trimBody(body([...story, 'Share your story', `${story[0]} ${story[1]} ${story[2]}`])).text).toContain('Share your story');
  });
  it("drops a vendor's closing call, but not the same words inside the story", () => {
    // WCXB dev 1222, 0269.
    for (const closing of [
      'If you need advice on software development, do not hesitate to reach out to Example Software. We have experts to consult with you.',
      'To get started, request a quote here and our team of planners will get right back to you.',
    ]) {
      expect(trimBody(body([...story, closing])).text).toBe(story.join('\n\n'));
      expect(trimBody(body([story[0]!, closing, story[1]!, story[2]!])).text).toContain(closing);
    }
  });
  it("drops a rating widget's title and a lead-image credit anywhere, and a views disclaimer at the edges", () => {
    // WCXB dev 4444 (twice), 4106, 0458.
    for (const line of ['How Was This Issue?', 'Was this article helpful?', "Here's The Unsubscribe", 'Feature image by Girlfriend Collective, all other images via brands mentioned. The site publishes ratings of brands.']) {
      expect(trimBody(body([story[0]!, line, story[1]!, story[2]!])).text).toBe(story.join('\n\n'));
    }
    const views = 'Note: The views expressed on Example.org are not necessarily those of the Example Institute.';
    expect(trimBody(body([...story, views])).text).toBe(story.join('\n\n'));
    for (const prose of ['How was this issue resolved? The council would not say.', 'Photo by Jane Doe, taken at the depot.', 'Thousands of readers chose to unsubscribe from the council newsletter last year.']) {
      expect(trimBody(body([story[0]!, prose, story[1]!, story[2]!])).text).toContain(prose);
    }
  });
  it('drops author self-introductions, first-name bios and late full-name bios that name the byline', () => {
    // WCXB dev 4014, 0500, 0246.
    const intro = "Hi, I'm Jane Doe, and I oversee all transport coverage at the paper.";
    expect(trimBody(body([story[0]!, intro, story[1]!, story[2]!]), 'Author: Jane Doe').text).toBe(story.join('\n\n'));
    expect(trimBody(body([story[0]!, intro, story[1]!, story[2]!]), 'John Roe').text).toContain(intro);
    const plain = "I'm Jane Doe, founder of a bus users' group, and I have ridden these routes for years.";
    expect(trimBody(body([story[0]!, plain, story[1]!, story[2]!]), 'Jane Doe').text).toContain(plain);
    const firstName = 'Jane is an experienced writer with ten years covering transport.';
    expect(trimBody(body([...story, firstName]), 'Jane Doe').text).toBe(story.join('\n\n'));
    // Story prose about someone who shares the first name, without a trade word, stays.
    expect(trimBody(body([...story, 'Jane is a bus driver who has worked nights for ten years.']), 'Jane Doe').text).toContain('bus driver');
    const late = body([...story, ...story, ...story, 'Jane Doe is a reporter covering transport and the city council.', 'Previous article', 'Next article', 'Bus fares to rise', 'New cycle lanes open', 'Tram works delayed']);
    expect(trimBody(late, 'Jane Doe').text).not.toContain('Jane Doe is a reporter');
    // An author card above the story, by full or first name.
    for (const card of ['Jane Doe, Transport Writer', 'Jane is a reporter who has covered the city council since 2019.']) {
      expect(trimBody(body([card, ...story]), 'Jane Doe').text).toBe(story.join('\n\n'));
    }
    // In the middle of a long story, a paragraph about the author stays.
    const middle = body([...story, ...story, 'Jane Doe is a reporter who rode every night bus for a week.', ...story, ...story]);
    expect(trimBody(middle, 'Jane Doe').text).toContain('rode every night bus');
  });
  it("drops a consultancy's call anywhere, and a lender's line and slash keyword lists at the end", () => {
    // WCXB dev 0166, 4367.
    const call = 'Stop Searching & Start Winning. Talk To Our Social Media Marketing Experts';
    expect(trimBody(body([story[0]!, call, story[1]!, story[2]!])).text).toBe(story.join('\n\n'));
    const tax = 'Is there an option to speak with a tax expert for assistance with filing?';
    expect(trimBody(body([story[0]!, tax, story[1]!, story[2]!])).text).toContain(tax);
    // WCXB dev 4095: a lender's line closes the post; the same words as story stay mid-body.
    const lender = 'All personal loans made by Example Bank.';
    expect(trimBody(body([...story, lender])).text).toBe(story.join('\n\n'));
    expect(trimBody(body([story[0]!, lender, story[1]!, story[2]!])).text).toContain(lender);
    const keywords = 'You are looking for: Agency Leeds / Agency York / Agency Hull / Agency Bath / Agency Bristol';
    expect(trimBody(body([...story, keywords])).text).toBe(story.join('\n\n'));
    expect(trimBody(body([story[0]!, keywords, story[1]!, story[2]!])).text).toContain(keywords);
  });
  it('cuts a subscription pitch after its title', () => {
    // WCXB dev 0468.
    const perks = ['What is included in a subscription?', 'Daily insights from practitioners', 'Early access to new tools'];
    expect(trimBody(body([...story, ...perks])).text).toBe(story.join('\n\n'));
  });
  it('drops short lines the page marks as navigation, by their source element', () => {
    // WCXB dev 0163: a header menu (<nav>) and a mobile menu of WordPress li.menu-item outside it.
    const root = document.createElement('div');
    root.innerHTML = '<nav><ul><li>Current Students</li></ul></nav><ul><li class="menu-item"><a>Give Today</a></li></ul><p>x</p><p>y</p><p>z</p>';
    const [navItem, menuItem, ...paras] = Array.from(root.querySelectorAll('li, p'));
    const b = body(['Current Students', 'Give Today', ...story]);
    b.sources = [navItem!, menuItem!, ...paras];
    expect(trimBody(b).text).toBe(story.join('\n\n'));
    // The same lines from ordinary list items stay.
    const plain = body(['Current Students', 'Give Today', ...story]);
    expect(trimBody(plain).text).toContain('Give Today');
  });
  it('drops a labelled affiliate notice anywhere', () => {
    // WCXB dev 0332: the notice sits under a table, far from the edges.
    const note = 'Note: Some posts may contain affiliate links. Read more in our Privacy Policy.';
    expect(trimBody(body([...story, note, ...story])).text).toBe([...story, ...story].join('\n\n'));
    const plain = 'Note: this blog uses affiliate links. That means I may earn a small commission.';
    expect(trimBody(body([...story, plain, ...story])).text).toContain(plain);
  });
  it('tells a widget line read on its own from prose', () => {
    expect(isWidgetLine('Get the latest federal technology news delivered to your inbox.')).toBe(true);
    expect(isWidgetLine(story[0]!)).toBe(false);
  });
  it('keeps block offsets valid after trimming', () => {
    const t = trimBody(body(['Skip to main content', ...story, 'Subscribe']));
    for (const b of t.blocks) expect(t.text.slice(b.start, b.end)).toBe(b.start === 0 ? story[0] : t.text.slice(b.start, b.end));
    expect(t.blocks.map((b) => t.text.slice(b.start, b.end))).toEqual(story);
  });
});
