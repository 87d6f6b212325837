var d=document.documentElement,c=d.classList;c.add("js");/[?&]q=[^&]/.test(location.search)&&c.add("query");
try{var a=JSON.parse(localStorage.getItem("zhuxue-aids")||"{}");if(a.size>0)d.dataset.size=a.size;if(a.contrast)d.dataset.contrast="high"}catch(e){}
onload=function(){d.querySelector("[data-awaits]:not([data-ready])")&&c.remove("js")}
