// The index chunks a query in the address needs, fetched now: src/lib/search/preload.ts (withPreloads) says why.
(function(){var q=new URLSearchParams(location.search).get("q"),t=document.querySelector("link[data-index-chunks]"),S=Intl.Segmenter;if(!q||!t||typeof S!="function")return;
var d=JSON.parse(t.dataset.indexChunks),l=Intl.getCanonicalLocales(document.documentElement.lang.toLowerCase())[0],g=new S(l,{granularity:"grapheme"}),p=/^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u,
w=Array.from(new S(l,{granularity:"word"}).segment(q),function(s){return Array.from(g.segment(s.segment),function(c){return p.test(c.segment)?"":c.segment.toLocaleLowerCase()}).join("").trim()}).filter(Boolean),
c=function(a,b){for(var x=Array.from(a),y=Array.from(b),i=0;i<x.length&&i<y.length;i++)if(x[i]!==y[i])return x[i].codePointAt(0)-y[i].codePointAt(0);return x.length-y.length};
if(w.some(function(s){return d.skip.indexOf(s)>=0}))return;
d.chunks.forEach(function(r){if(!w.some(function(s){return c(s,r[1])>=0&&c(s,r[2])<=0}))return;var k=document.createElement("link");k.rel="preload";k.as="fetch";k.crossOrigin="anonymous";k.href=r[0]+"index/"+r[3]+".pf_index";document.head.append(k)})})();
