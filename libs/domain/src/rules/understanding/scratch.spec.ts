import { extractSkills, canonicalSkill, SKILL_TAXONOMY, htmlToText } from '../../index';
it('x', () => {
const cases = [
  'We are good at go-to-market. Go to our site. Python, Go, Rust and C++ wanted.',
  'JavaScript and TypeScript, MongoDB, Express.js, React, Node.js (MERN stack), Java',
  'Senior Go Engineer. Experience with Go. written in Golang. C# and .NET Core, ASP.NET',
  'Python, R, TensorFlow, PyTorch, Scikit-learn, Keras, SQL, NoSQL. R&D team. Series C funded. C-level',
  'Spring 2024 intake. Spring Boot and Spring MVC. Swift execution. Swift, Kotlin. Express your ideas. k8s, Postgres, psql, GCP, sklearn, TS, JS',
  'Experience in C and C/C++ embedded. HTML/CSS. github.com/johndoe. Excel at communication. Advanced Excel.',
  'node pools; Node, React, nodejs. React to incidents. UI/UX, REST APIs, rest of the team.',
];
for (const c of cases) console.log(c, '\n  =>', extractSkills(c).join(' | '));
console.log(Object.keys(SKILL_TAXONOMY).length, canonicalSkill('k8s'), canonicalSkill('ReactJS'), canonicalSkill('nodejs'), canonicalSkill('node.js'), canonicalSkill('Amazon Web Services'), canonicalSkill('foo'));
console.log(JSON.stringify(htmlToText('&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;p&gt;One&lt;/p&gt;&lt;/li&gt;&lt;li&gt;Two&lt;/li&gt;&lt;/ul&gt;<script>x()</script>Bye<br>now')));
});
