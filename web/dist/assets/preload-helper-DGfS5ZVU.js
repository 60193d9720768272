import{At as e,C as t,Ct as n,Dt as r,E as i,Et as a,Ft as o,H as s,I as c,Mt as l,Nt as u,Ot as d,P as f,Pt as p,S as m,St as ee,Tt as te,U as h,Vt as g,Y as _,_ as v,_t as y,at as ne,b,bt as x,ct as re,gt as S,i as C,jt as ie,l as w,lt as ae,m as oe,mt as T,n as se,ot as E,q as ce,rt as le,s as ue,t as D,v as O,vt as k,xt as de,y as fe}from"./runtime-core.esm-bundler-B3-Khcn0.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var A=void 0,pe=typeof window<`u`&&window.trustedTypes;if(pe)try{A=pe.createPolicy(`vue`,{createHTML:e=>e})}catch{}var j=A?e=>A.createHTML(e):e=>e,M=`http://www.w3.org/2000/svg`,N=`http://www.w3.org/1998/Math/MathML`,P=typeof document<`u`?document:null,me=P&&P.createElement(`template`),he={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?P.createElementNS(M,e):t===`mathml`?P.createElementNS(N,e):n?P.createElement(e,{is:n}):P.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>P.createTextNode(e),createComment:e=>P.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>P.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{me.innerHTML=j(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=me.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},F=`transition`,ge=`animation`,I=Symbol(`_vtc`),_e={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},ve=k({},se,_e),ye=(e=>(e.displayName=`Transition`,e.props=ve,e))((e,{slots:t})=>m(D,xe(e),t)),L=(e,t=[])=>{n(e)?e.forEach(e=>e(...t)):e&&e(...t)},be=e=>e?n(e)?e.some(e=>e.length>1):e.length>1:!1;function xe(e){let t={};for(let n in e)n in _e||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:l=o,appearToClass:u=s,leaveFromClass:d=`${n}-leave-from`,leaveActiveClass:f=`${n}-leave-active`,leaveToClass:p=`${n}-leave-to`}=e,m=Se(i),ee=m&&m[0],te=m&&m[1],{onBeforeEnter:h,onEnter:g,onEnterCancelled:_,onLeave:v,onLeaveCancelled:y,onBeforeAppear:ne=h,onAppear:b=g,onAppearCancelled:x=_}=t,re=(e,t,n,r)=>{e._enterCancelled=r,z(e,t?u:s),z(e,t?l:o),n&&n()},S=(e,t)=>{e._isLeaving=!1,z(e,d),z(e,p),z(e,f),t&&t()},C=e=>(t,n)=>{let i=e?b:g,o=()=>re(t,e,n);L(i,[t,o]),we(()=>{z(t,e?c:a),R(t,e?u:s),be(i)||Ee(t,r,ee,o)})};return k(t,{onBeforeEnter(e){L(h,[e]),R(e,a),R(e,o)},onBeforeAppear(e){L(ne,[e]),R(e,c),R(e,l)},onEnter:C(!1),onAppear:C(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>S(e,t);R(e,d),e._enterCancelled?(R(e,f),Ae(e)):(Ae(e),R(e,f)),we(()=>{e._isLeaving&&(z(e,d),R(e,p),be(v)||Ee(e,r,te,n))}),L(v,[e,n])},onEnterCancelled(e){re(e,!1,void 0,!0),L(_,[e])},onAppearCancelled(e){re(e,!0,void 0,!0),L(x,[e])},onLeaveCancelled(e){S(e),L(y,[e])}})}function Se(e){if(e==null)return null;if(r(e))return[Ce(e.enter),Ce(e.leave)];{let t=Ce(e);return[t,t]}}function Ce(e){return g(e)}function R(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[I]||(e[I]=new Set)).add(t)}function z(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[I];n&&(n.delete(t),n.size||(e[I]=void 0))}function we(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}var Te=0;function Ee(e,t,n,r){let i=e._endId=++Te,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=De(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function De(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${F}Delay`),a=r(`${F}Duration`),o=Oe(i,a),s=r(`${ge}Delay`),c=r(`${ge}Duration`),l=Oe(s,c),u=null,d=0,f=0;t===F?o>0&&(u=F,d=o,f=a.length):t===ge?l>0&&(u=ge,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?F:ge:null,f=u?u===F?a.length:c.length:0);let p=u===F&&/\b(?:transform|all)(?:,|$)/.test(r(`${F}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function Oe(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>ke(t)+ke(e[n])))}function ke(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Ae(e){return(e?e.ownerDocument:document).body.offsetHeight}function je(e,t,n){let r=e[I];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var Me=Symbol(`_vod`),Ne=Symbol(`_vsh`),Pe={name:`show`,beforeMount(e,{value:t},{transition:n}){e[Me]=e.style.display===`none`?``:e.style.display,n&&t?n.beforeEnter(e):B(e,t)},mounted(e,{value:t},{transition:n}){n&&t&&n.enter(e)},updated(e,{value:t,oldValue:n},{transition:r}){!t!=!n&&(r?t?(r.beforeEnter(e),B(e,!0),r.enter(e)):r.leave(e,()=>{B(e,!1)}):B(e,t))},beforeUnmount(e,{value:t}){B(e,t)}};function B(e,t){e.style.display=t?e[Me]:`none`,e[Ne]=!t}var Fe=Symbol(``),Ie=/(?:^|;)\s*display\s*:/;function Le(e,t,n){let r=e.style,i=l(n),a=!1;if(n&&!i){if(t){if(l(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]==null&&V(r,t,``)}else for(let e in t)n[e]==null&&V(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?V(r,i,``):He(e,i,!l(t)&&t?t[i]:void 0,o)||V(r,i,o)}}else if(i){if(t!==n){let e=r[Fe];e&&(n+=`;`+e),r.cssText=n,a=Ie.test(n)}}else t&&e.removeAttribute(`style`);Me in e&&(i&&t===n||(e[Me]=a?r.display:``),e[Ne]&&(r.display=`none`))}var Re=/\s*!important$/;function V(e,t,r){if(n(r))r.forEach(n=>V(e,t,n));else if(r==null&&(r=``),t.startsWith(`--`))Re.test(r)?e.setProperty(t,r.replace(Re,``),`important`):e.setProperty(t,r);else{let n=Ve(e,t);Re.test(r)?e.setProperty(x(n),r.replace(Re,``),`important`):e[n]=r}}var ze=[`Webkit`,`Moz`,`ms`],Be={};function Ve(e,t){let n=Be[t];if(n)return n;let r=S(t);if(r!==`filter`&&r in e)return Be[t]=r;r=y(r);for(let n=0;n<ze.length;n++){let i=ze[n]+r;if(i in e)return Be[t]=i}return t}function He(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&l(r)&&n===r}var Ue=`http://www.w3.org/1999/xlink`;function We(e,t,n,r,i,a=ie(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(Ue,t.slice(6,t.length)):e.setAttributeNS(Ue,t,n):n==null||a&&!de(n)?e.removeAttribute(t):e.setAttribute(t,a?``:u(n)?String(n):n)}function Ge(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?j(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n==null&&e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=de(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function Ke(e,t,n,r){e.addEventListener(t,n,r)}function qe(e,t,n,r){e.removeEventListener(t,n,r)}var Je=Symbol(`_vei`);function Ye(e,t,n,r,i=null){let a=e[Je]||(e[Je]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=Qe(t);r?Ke(e,n,a[t]=nt(r,i),s):o&&(qe(e,n,o,s),a[t]=void 0)}}var Xe=/(Once|Passive|Capture)$/,Ze=/^on:?(?:Once|Passive|Capture)$/;function Qe(e){let t,n;for(;(n=e.match(Xe))&&!Ze.test(e);)t||(t={}),e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):x(e.slice(2)),t]}var $e=0,et=Promise.resolve(),tt=()=>$e||(et.then(()=>$e=0),$e=Date.now());function nt(e,t){let r=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=r.attached)return;let i=r.value;if(n(i)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let r=i.slice(),a=[e];for(let n=0;n<r.length&&!e._stopped;n++){let e=r[n];e&&ue(e,t,5,a)}}else ue(i,t,5,[e])};return r.value=e,r.attached=tt(),r}var rt=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,it=(e,t,n,r,i,o)=>{let s=i===`svg`;t===`class`?je(e,r,s):t===`style`?Le(e,n,r):d(t)?a(t)||Ye(e,t,n,r,o):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):at(e,t,r,s))?(Ge(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||We(e,t,r,s,o,t!==`value`)):e._isVueCE&&(ot(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!l(r)))?Ge(e,S(t),r,o,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),We(e,t,r,s))};function at(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&rt(t)&&te(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return rt(t)&&l(n)?!1:t in e}function ot(e,t){let n=e._def.props;if(!n)return!1;let r=S(t);return Array.isArray(n)?n.some(e=>S(e)===r):Object.keys(n).some(e=>S(e)===r)}var st=new WeakMap,ct=new WeakMap,lt=Symbol(`_moveCb`),ut=Symbol(`_enterCb`),dt=new WeakMap,ft=(e=>(delete e.props.mode,e))({name:`TransitionGroup`,props:k({},ve,{tag:String,moveClass:String}),setup(e,{slots:t}){let n=fe(),r=ce(),i,a,o,c,l=()=>(c===void 0&&(c=i.length>0&&xt(i[0].el,n.vnode.el,mt(e))),c);return f(()=>{if(dt.delete(n),!l()){i=[],o=void 0;return}let t=mt(e);i.forEach(pt);let r=o&&bt(o,n.vnode.el);o=void 0,i.forEach(e=>ht(e,r));let a=i.filter(gt);Ae(n.vnode.el),a.forEach(e=>{let n=e.el,r=n.style;R(n,t),r.transform=r.webkitTransform=r.transitionDuration=``;let i=n[lt]=e=>{e&&e.target!==n||(!e||e.propertyName.endsWith(`transform`))&&(n.removeEventListener(`transitionend`,i),n[lt]=null,z(n,t))};n.addEventListener(`transitionend`,i)}),i=[]}),()=>{let u=ae(e),d=xe(u),f=u.tag||C;if(i=[],c=void 0,a)for(let e=0;e<a.length;e++){let t=a[e];t.el&&t.el instanceof Element&&!t.el[Ne]&&(i.push(t),h(t,s(t,d,r,n)),st.set(t,_t(t.el)))}a=t.default?b(t.default()):[];for(let e=0;e<a.length;e++){let t=a[e];t.key!=null&&h(t,s(t,d,r,n))}return i.length&&(o=vt(n),dt.set(n,l)),v(f,null,a)}}});function pt(e){let t=e.el;t[lt]&&t[lt](),t[ut]&&t[ut]()}function mt(e){return e.moveClass||`${e.name||`v`}-move`}function ht(e,t){ct.set(e,_t(e.el,t))}function gt(e){let t=st.get(e),n=ct.get(e),r=t.left-n.left,i=t.top-n.top;if(r||i){let t=e.el,n=t.style,a=t.getBoundingClientRect(),o=1,s=1;return t.offsetWidth&&(o=a.width/t.offsetWidth),t.offsetHeight&&(s=a.height/t.offsetHeight),Number.isFinite(o)&&o!==0||(o=1),Number.isFinite(s)&&s!==0||(s=1),Math.abs(o-1)<.01&&(o=1),Math.abs(s-1)<.01&&(s=1),n.transform=n.webkitTransform=`translate(${r/o}px,${i/s}px)`,n.transitionDuration=`0s`,e}}function _t(e,t){let n=e.getBoundingClientRect();return{left:n.left-(t?t.left:0),top:n.top-(t?t.top:0)}}function vt(e){let t;for(let n=e.parent;n;n=n.parent){let r=dt.get(n);if(r){let i=yt(n.vnode.el,e.vnode.el);i&&(t||(t=[])).push(k(_t(i),{item:i,willMove:r}))}}return t}function yt(e,t){let n=e.nodeType===1?e:e.parentNode;for(;t&&t.parentNode!==n;)t=t.parentNode;if(t&&t.nodeType===1)return t}function bt(e,t){let n=e.find(e=>e.willMove()&&e.item.contains(t));return n&&_t(n.item,n)}function xt(e,t,n){let r=e.cloneNode(),i=e[I];i&&i.forEach(e=>{e.split(/\s+/).forEach(e=>e&&r.classList.remove(e))}),n.split(/\s+/).forEach(e=>e&&r.classList.add(e)),r.style.display=`none`;let a=t.nodeType===1?t:t.parentNode;a.appendChild(r);let{hasTransform:o}=De(r);return a.removeChild(r),o}var St=e=>{let t=e.props[`onUpdate:modelValue`]||!1;return n(t)?e=>ee(t,e):t},H=Symbol(`_assign`),Ct={deep:!0,created(t,r,i){t[H]=St(i),Ke(t,`change`,()=>{let r=t._modelValue,i=Et(t),a=t.checked,s=t[H];if(n(r)){let e=o(r,i),t=e!==-1;if(a&&!t)s(r.concat(i));else if(!a&&t){let t=[...r];t.splice(e,1),s(t)}}else if(e(r)){let e=new Set(r);a?e.add(i):e.delete(i),s(e)}else s(Dt(t,a))})},mounted:wt,beforeUpdate(e,t,n){e[H]=St(n),wt(e,t,n)}};function wt(t,{value:r,oldValue:i},a){t._modelValue=r;let s;if(n(r))s=o(r,a.props.value)>-1;else if(e(r))s=r.has(a.props.value);else{if(r===i)return;s=p(r,Dt(t,!0))}t.checked!==s&&(t.checked=s)}var Tt={created(e,{value:t},n){e.checked=p(t,n.props.value),e[H]=St(n),Ke(e,`change`,()=>{e[H](Et(e))})},beforeUpdate(e,{value:t,oldValue:n},r){e[H]=St(r),t!==n&&(e.checked=p(t,r.props.value))}};function Et(e){return`_value`in e?e._value:e.value}function Dt(e,t){let n=t?`_trueValue`:`_falseValue`;return n in e?e[n]:t}var Ot=[`ctrl`,`shift`,`alt`,`meta`],kt={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>Ot.some(n=>e[`${n}Key`]&&!t.includes(n))},At=(e,t)=>{if(!e)return e;let n=e._withMods||(e._withMods={}),r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=kt[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},jt={esc:`escape`,space:` `,up:`arrow-up`,left:`arrow-left`,right:`arrow-right`,down:`arrow-down`,delete:`backspace`},Mt=(e,t)=>{let n=e._withKeys||(e._withKeys={}),r=t.join(`.`);return n[r]||(n[r]=(n=>{if(!(`key`in n))return;let r=x(n.key);if(t.some(e=>e===r||jt[e]===r))return e(n)}))},Nt=k({patchProp:it},he),Pt;function Ft(){return Pt||(Pt=oe(Nt))}var It=((...e)=>{Ft().render(...e)}),Lt=((...e)=>{let t=Ft().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=zt(e);if(!r)return;let i=t._component;te(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,Rt(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function Rt(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function zt(e){return l(e)?document.querySelector(e):e}var Bt=e=>e.startsWith(`/`);function Vt(e){return typeof e==`object`||`displayName`in e||`props`in e||`__vccOpts`in e}function Ht(e){return e.__esModule||e[Symbol.toStringTag]===`Module`||e.default&&Vt(e.default)}var U=Object.assign;function Ut(e,t){let n={};for(let r in t){let i=t[r];n[r]=W(i)?i.map(e):e(i)}return n}var Wt=()=>{},W=Array.isArray;function Gt(e,t){let n={};for(let r in e)n[r]=r in t?t[r]:e[r];return n}var Kt=Symbol(``);function G(e,t){return U(Error(),{type:e,[Kt]:!0},t)}function K(e,t){return e instanceof Error&&Kt in e&&(t==null||!!(e.type&t))}var qt=Symbol(``),Jt=Symbol(``),Yt=Symbol(``),Xt=Symbol(``),Zt=Symbol(``),Qt=Symbol(``);function $t(){return t(Yt)}function en(e){return t(Xt)}var q=typeof document<`u`,tn=/#/g,nn=/&/g,rn=/\//g,an=/=/g,on=/\?/g,sn=/\+/g,cn=/%5B/g,ln=/%5D/g,un=/%5E/g,dn=/%60/g,fn=/%7B/g,pn=/%7C/g,mn=/%7D/g,hn=/%20/g;function gn(e){return e==null?``:encodeURI(``+e).replace(pn,`|`).replace(cn,`[`).replace(ln,`]`)}function _n(e){return gn(e).replace(fn,`{`).replace(mn,`}`).replace(un,`^`)}function vn(e){return gn(e).replace(sn,`%2B`).replace(hn,`+`).replace(tn,`%23`).replace(nn,`%26`).replace(dn,"`").replace(fn,`{`).replace(mn,`}`).replace(un,`^`)}function yn(e){return vn(e).replace(an,`%3D`)}function bn(e){return gn(e).replace(tn,`%23`).replace(on,`%3F`)}function xn(e){return bn(e).replace(rn,`%2F`)}function Sn(e){if(e==null)return null;try{return decodeURIComponent(``+e)}catch{}return``+e}var Cn=/\/$/,wn=e=>e.replace(Cn,``);function Tn(e,t,n=`/`){let r,i={},a=``,o=``,s=t.indexOf(`#`),c=t.indexOf(`?`);return c=s>=0&&c>s?-1:c,c>=0&&(r=t.slice(0,c),a=t.slice(c,s>0?s:t.length),i=e(a.slice(1))),s>=0&&(r=r||t.slice(0,s),o=t.slice(s,t.length)),r=Mn(r==null?t:r,n),{fullPath:r+a+o,path:r,query:i,hash:Sn(o)}}function En(e,t){let n=t.query?e(t.query):``;return t.path+(n&&`?`)+n+(t.hash||``)}function Dn(e,t){return!t||!e.toLowerCase().startsWith(t.toLowerCase())?e:e.slice(t.length)||`/`}function On(e,t,n){let r=t.matched.length-1,i=n.matched.length-1;return r>-1&&r===i&&J(t.matched[r],n.matched[i])&&kn(t.params,n.params)&&e(t.query)===e(n.query)&&t.hash===n.hash}function J(e,t){return(e.aliasOf||e)===(t.aliasOf||t)}function kn(e,t){if(Object.keys(e).length!==Object.keys(t).length)return!1;for(var n in e)if(!An(e[n],t[n]))return!1;return!0}function An(e,t){return W(e)?jn(e,t):W(t)?jn(t,e):(e&&e.valueOf())===(t&&t.valueOf())}function jn(e,t){return W(t)?e.length===t.length&&e.every((e,n)=>e===t[n]):e.length===1&&e[0]===t}function Mn(e,t){if(Bt(e))return e;if(!e)return t;let n=t.split(`/`),r=e.split(`/`),i=r[r.length-1];(i===`..`||i===`.`)&&r.push(``);let a=n.length-1,o,s;for(o=0;o<r.length;o++)if(s=r[o],s!==`.`){if(s===`..`)a>1&&a--;else break}return n.slice(0,a).join(`/`)+`/`+r.slice(o).join(`/`)}var Y={path:`/`,name:void 0,params:{},query:{},hash:``,fullPath:`/`,matched:[],meta:{},redirectedFrom:void 0};function Nn(e){let t={};for(let n in Y)Object.defineProperty(t,n,{get:()=>e.value[n],enumerable:!0});return E(t)}function Pn(e){if(!e){if(q){let t=document.querySelector(`base`);e=t&&t.getAttribute(`href`)||`/`,e=e.replace(/^\w+:\/\/[^/]+/,``)}else e=`/`}return e[0]!==`/`&&e[0]!==`#`&&(e=`/`+e),wn(e)}var Fn=/^[^#]+#/;function In(e,t){return e.replace(Fn,`#`)+t}function Ln(e,t){let n=document.documentElement.getBoundingClientRect(),r=e.getBoundingClientRect();return{behavior:t.behavior,left:r.left-n.left-(t.left||0),top:r.top-n.top-(t.top||0)}}function Rn(e){let t;if(`el`in e){let n=e.el,r=typeof n==`string`&&n.startsWith(`#`),i=typeof n==`string`?r?document.getElementById(n.slice(1)):document.querySelector(n):n;if(!i)return;t=Ln(i,e)}else t=e;`scrollBehavior`in document.documentElement.style?window.scrollTo(t):window.scrollTo(t.left==null?window.scrollX:t.left,t.top==null?window.scrollY:t.top)}var zn=`vue-router:scroll`;function Bn(){try{return U({},JSON.parse(sessionStorage[zn]))}catch{return{}}}var X=Bn();function Vn(){try{sessionStorage[zn]=JSON.stringify(X)}catch{}}function Hn(e,t){return(history.state?history.state.position-t:-1)+e}function Un(e,t=0){history.scrollRestoration===`manual`&&(X[Hn(e,t)]={left:window.scrollX,top:window.scrollY},Vn())}function Wn(e){let t=Hn(e,0),n=X[t];return delete X[t],Vn(),n}function Gn(e,t=!1){for(let n in X){let r=parseInt(n,10);(r===e||!t&&r>e)&&delete X[n]}Vn()}function Kn(e){return typeof e==`string`||e&&typeof e==`object`}function qn(e){return typeof e==`string`||typeof e==`symbol`}function Jn(e){let t={};if(e===``||e===`?`)return t;let n=(e[0]===`?`?e.slice(1):e).split(`&`);for(let e=0;e<n.length;++e){let r=n[e].replace(sn,` `),i=r.indexOf(`=`),a=Sn(i<0?r:r.slice(0,i)),o=i<0?null:Sn(r.slice(i+1));if(a in t){let e=t[a];W(e)||(e=t[a]=[e]),e.push(o)}else t[a]=o}return t}function Yn(e){let t=``;for(let n in e){let r=e[n];n=yn(n),r==null?r!==void 0&&(t+=(t.length?`&`:``)+n):(W(r)?r.map(e=>e&&vn(e)):[r&&vn(r)]).forEach(e=>{e!==void 0&&(t+=(t.length?`&`:``)+n,e!=null&&(t+=`=`+e))})}return t}function Xn(e){let t={};for(let n in e){let r=e[n];r!==void 0&&(t[n]=W(r)?r.map(e=>e==null?null:``+e):r==null?r:``+r)}return t}function Zn(){let e=[];function t(t){return e.push(t),()=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)}}function n(){e=[]}return{add:t,list:()=>e.slice(),reset:n}}function Z(e,t,n,r,i,a=e=>e()){let o=r&&(r.enterCallbacks[i]=r.enterCallbacks[i]||[]);return()=>new Promise((s,c)=>{let l=e=>{e===!1?c(G(4,{from:n,to:t})):e instanceof Error?c(e):Kn(e)?c(G(2,{from:t,to:e})):(o&&r.enterCallbacks[i]===o&&typeof e==`function`&&o.push(e),s())},u=a(()=>e.call(r&&r.instances[i],t,n,l)),d=Promise.resolve(u);e.length<3&&(d=d.then(l)),d.catch(e=>c(e))})}function Qn(e,t,n,r,i=e=>e()){let a=[];for(let o of e)for(let e in o.components){let s=o.components[e];if(t===`beforeRouteEnter`||o.instances[e]){if(Vt(s)){let c=(s.__vccOpts||s)[t];c&&a.push(Z(c,n,r,o,e,i))}else{let c=s();a.push(()=>c.then(a=>{if(!a)throw Error(`Couldn't resolve component "${e}" at "${o.path}"`);let s=Ht(a)?a.default:a;o.mods[e]=a,o.components[e]=s;let c=(s.__vccOpts||s)[t];return c&&Z(c,n,r,o,e,i)()}))}}}return a}function $n(e,t){let n=[],r=[],i=[],a=Math.max(t.matched.length,e.matched.length);for(let o=0;o<a;o++){let a=t.matched[o];a&&(e.matched.find(e=>J(e,a))?r.push(a):n.push(a));let s=e.matched[o];s&&(t.matched.find(e=>J(e,s))||i.push(s))}return[n,r,i]}function er(e){let n=t(Yt),r=t(Xt),i=w(()=>{let t=T(e.to);return n.resolve(t)}),a=w(()=>{let{matched:e}=i.value,{length:t}=e,n=e[t-1],a=r.matched;if(!n||!a.length)return-1;let o=a.findIndex(J.bind(null,n));if(o>-1)return o;let s=ar(e[t-2]);return t>1&&ar(n)===s&&a[a.length-1].path!==s?a.findIndex(J.bind(null,e[t-2])):o}),o=w(()=>a.value>-1&&ir(r.params,i.value.params)),s=w(()=>a.value>-1&&a.value===r.matched.length-1&&kn(r.params,i.value.params));function c(t={}){if(rr(t)){let t=n[T(e.replace)?`replace`:`push`](T(e.to)).catch(Wt);return e.viewTransition&&typeof document<`u`&&`startViewTransition`in document&&document.startViewTransition(()=>t),t}return Promise.resolve()}return{route:i,href:w(()=>i.value.href),isActive:o,isExactActive:s,navigate:c}}function tr(e){return e.length===1?e[0]:e}var nr=O({name:`RouterLink`,compatConfig:{MODE:3},props:{to:{type:[String,Object],required:!0},replace:Boolean,activeClass:String,exactActiveClass:String,custom:Boolean,ariaCurrentValue:{type:String,default:`page`},viewTransition:Boolean},useLink:er,setup(e,{slots:n}){let r=le(er(e)),{options:i}=t(Yt),a=w(()=>({[or(e.activeClass,i.linkActiveClass,`router-link-active`)]:r.isActive,[or(e.exactActiveClass,i.linkExactActiveClass,`router-link-exact-active`)]:r.isExactActive}));return()=>{let t=n.default&&tr(n.default(r));return e.custom?t:m(`a`,{"aria-current":r.isExactActive?e.ariaCurrentValue:null,href:r.href,onClick:r.navigate,class:a.value},t)}}});function rr(e){if(!(e.metaKey||e.altKey||e.ctrlKey||e.shiftKey)&&!e.defaultPrevented&&(e.button===void 0||e.button===0)){if(e.currentTarget&&e.currentTarget.getAttribute){let t=e.currentTarget.getAttribute(`target`);if(/\b_blank\b/i.test(t))return}return e.preventDefault&&e.preventDefault(),!0}}function ir(e,t){for(let n in t){let r=t[n],i=e[n];if(W(r)){if(!W(i)||i.length!==r.length||r.some((e,t)=>e.valueOf()!==i[t].valueOf()))return!1}else if(r!==i)return!1}return!0}function ar(e){return e?e.aliasOf?e.aliasOf.path:e.path:``}var or=(e,t,n)=>e==null?t==null?n:t:e;function sr(e,t){let{pathname:n,search:r,hash:i}=t,a=e.indexOf(`#`);if(a>-1){let t=i.includes(e.slice(a))?e.slice(a).length:1,n=i.slice(t);return n[0]!==`/`&&(n=`/`+n),Dn(n,``)}return Dn(n,e)+r+i}function cr(e,t,n,r){let i=[],a=[],o=null,s=({state:a})=>{let s=sr(e,location),c=n.value,l=t.value,u=0;if(a){if(n.value=s,t.value=a,o&&o===c){o=null;return}u=l?a.position-l.position:0}else r(s);i.forEach(e=>{e(n.value,c,{delta:u,type:`pop`,direction:u?u>0?`forward`:`back`:``})})};function c(){o=n.value}function l(e){i.push(e);let t=()=>{let t=i.indexOf(e);t>-1&&i.splice(t,1)};return a.push(t),t}function u(){Un(n.value)}function d(){for(let e of a)e();a=[],window.removeEventListener(`popstate`,s),window.removeEventListener(`pagehide`,u)}return window.addEventListener(`popstate`,s),window.addEventListener(`pagehide`,u),{pauseListeners:c,listen:l,destroy:d}}function lr(e,t,n,r=!1){return{back:e,current:t,forward:n,replaced:r,position:window.history.length}}function ur(e){let{history:t,location:n}=window,r={value:sr(e,n)},i={value:t.state};i.value||a(r.value,{back:null,current:r.value,forward:null,position:t.length-1,replaced:!0},!0);function a(r,a,o){let s=e.indexOf(`#`),c=s>-1?(n.host&&document.querySelector(`base`)?e:e.slice(s))+r:`/.`+e+r;try{t[o?`replaceState`:`pushState`](a,``,c),i.value=a}catch(e){console.error(e),n[o?`replace`:`assign`](c)}}function o(e,n){let o=U({},t.state,lr(i.value.back,e,i.value.forward,!0),n,{position:i.value.position});a(e,o,!0),Gn(o.position,!0),r.value=e}function s(e,n){let o=U({},i.value,t.state,{forward:e});a(o.current,o,!0),Gn(o.position),Un(o.current),a(e,U({},lr(r.value,e,null),{position:o.position+1},n),!1),r.value=e}return{location:r,state:i,push:s,replace:o}}function dr(e){e=Pn(e);let t=ur(e),n=cr(e,t.state,t.location,t.replace);function r(e,t=!0){t||n.pauseListeners(),history.go(e)}let i=U({location:``,base:e,go:r,createHref:In.bind(null,e)},t,n);return Object.defineProperty(i,"location",{enumerable:!0,get:()=>t.location.value}),Object.defineProperty(i,"state",{enumerable:!0,get:()=>t.state.value}),i}var fr={type:0,value:``},pr=/[a-zA-Z0-9_]/;function mr(e){if(!e)return[[]];if(e===`/`)return[[fr]];if(!Bt(e))throw Error(`Invalid path "${e}"`);function t(e){throw Error(`ERR (${n})/"${l}": ${e}`)}let n=0,r=n,i=[],a;function o(){a&&i.push(a),a=[]}let s=0,c,l=``,u=``;function d(){l&&(n===0?a.push({type:0,value:l}):n===1||n===2||n===3?(a.length>1&&(c===`*`||c===`+`)&&t(`A repeatable param (${l}) must be alone in its segment. eg: '/:ids+.`),a.push({type:1,value:l,regexp:u,repeatable:c===`*`||c===`+`,optional:c===`*`||c===`?`})):t(`Invalid state to consume buffer`),l=``)}function f(){l+=c}for(;s<e.length;)switch(c=e[s++],n){case 0:c===`\\`?(r=n,n=4):c===`/`?(l&&d(),o()):c===`:`?(d(),n=1):f();break;case 4:f(),n=r;break;case 1:c===`(`?n=2:pr.test(c)?f():(d(),n=0,c!==`*`&&c!==`?`&&c!==`+`&&s--);break;case 2:c===`)`?u[u.length-1]==`\\`?u=u.slice(0,-1)+c:n=3:u+=c;break;case 3:d(),n=0,c!==`*`&&c!==`?`&&c!==`+`&&s--,u=``;break;default:t(`Unknown state`)}return n===2&&t(`Unfinished custom RegExp for param "${l}"`),d(),o(),i}var hr=`[^/]+?`,gr={sensitive:!1,strict:!1,start:!0,end:!0},_r=/[.+*?^${}()[\]/\\|]/g;function vr(e,t){let n=U({},gr,t),r=[],i=n.start?`^`:``,a=[],o=e.some(e=>e.some(e=>e.type===1&&/\\[1-9k]/.test(e.regexp||``)));for(let t of e){let e=t.length?[]:[90];n.strict&&!t.length&&(i+=`/`);for(let r=0;r<t.length;r++){let s=t[r],c=40+(n.sensitive?.25:0);if(s.type===0)r||(i+=`/`),i+=s.value.replace(_r,`\\$&`),c+=40;else if(s.type===1){let{value:e,repeatable:n,optional:l,regexp:u}=s;a.push({name:e,repeatable:n,optional:l});let d=u||hr;if(d!==hr){c+=10;try{RegExp(`(${d})`)}catch(t){throw Error(`Invalid custom RegExp for param "${e}" (${d}): `+t.message)}}let f=n&&d!==`.+`&&d!==`.*`?`((?:${d})(?:/(?:${d}))*)`:`(${d})`,p=t[r+1],m=t[r+2];o||u||n||!m||m.type!==1||m.regexp||p.type!==0||(f=`([^/](?:(?!${p.value.replace(_r,`\\$&`)})[^/])*)`),r||(f=l&&t.length<2?`(?:/${f})`:`/`+f),l&&(f+=`?`),i+=f,c+=20,l&&(c+=-8),n&&(c+=-20),d===`.*`&&(c+=-50)}e.push(c)}r.push(e)}if(n.strict&&n.end){let e=r.length-1;r[e][r[e].length-1]+=.7000000000000001}n.strict||(i+=`/?`),n.end?i+=`$`:n.strict&&!i.endsWith(`/`)&&(i+=`(?:/|$)`);let s=new RegExp(i,n.sensitive?``:`i`);function c(e){let t=e.match(s),n={};if(!t)return null;for(let e=1;e<t.length;e++){let r=t[e]||``,i=a[e-1];n[i.name]=r&&i.repeatable?r.split(`/`):r}return n}function l(t){let n=``,r=!1;for(let i of e){r&&n.endsWith(`/`)||(n+=`/`),r=!1;for(let e of i)if(e.type===0)n+=e.value;else if(e.type===1){let{value:a,repeatable:o,optional:s}=e,c=a in t?t[a]:``;if(W(c)&&!o)throw Error(`Provided param "${a}" is an array but it is not repeatable (* or + modifiers)`);let l=W(c)?c.join(`/`):c;if(!l){if(s)i.length<2&&(n.endsWith(`/`)?n=n.slice(0,-1):r=!0);else throw Error(`Missing required param "${a}"`)}n+=l}}return n||`/`}return{re:s,score:r,keys:a,parse:c,stringify:l}}function yr(e,t){let n=0;for(;n<e.length&&n<t.length;){let r=t[n]-e[n];if(r)return r;n++}return e.length<t.length?e.length===1&&e[0]===80?-1:1:e.length>t.length?t.length===1&&t[0]===80?1:-1:0}function br(e,t){let n=0,r=e.score,i=t.score;for(;n<r.length&&n<i.length;){let e=yr(r[n],i[n]);if(e)return e;n++}if(Math.abs(i.length-r.length)===1){if(xr(r))return 1;if(xr(i))return-1}return i.length-r.length}function xr(e){let t=e[e.length-1];return e.length>0&&t[t.length-1]<0}var Sr={strict:!1,end:!0,sensitive:!1};function Cr(e,t,n){let r=U(vr(mr(e.path),n),{record:e,parent:t,children:[],alias:[]});return t&&!r.record.aliasOf==!t.record.aliasOf&&t.children.push(r),r}function wr(e,t){let n=[],r=new Map;t=Gt(Sr,t);function i(e){return r.get(e)}function a(e,n,r){let i=!r,s=Er(e);s.aliasOf=r&&r.record;let l=Gt(t,e),u=[s];if(`alias`in e){let t=typeof e.alias==`string`?[e.alias]:e.alias;for(let e of t)u.push(Er(U({},s,{components:r?r.record.components:s.components,path:e,aliasOf:r?r.record:s})))}let d,f;for(let t of u){let{path:u}=t;if(n&&!Bt(u)){let e=n.record.path,r=e[e.length-1]===`/`?``:`/`;t.path=n.record.path+(u&&r+u)}if(d=Cr(t,n,l),r?r.alias.push(d):(f=f||d,f!==d&&f.alias.push(d),i&&e.name&&!Or(d)&&o(e.name)),Mr(d)&&c(d),s.children){let e=s.children;for(let t=0;t<e.length;t++)a(e[t],d,r&&r.children[t])}r=r||d}return f?()=>{o(f)}:Wt}function o(e){if(qn(e)){let t=r.get(e);t&&(r.delete(e),n.splice(n.indexOf(t),1),t.children.forEach(o),t.alias.forEach(o))}else{let t=n.indexOf(e);t>-1&&(n.splice(t,1),e.record.name&&r.delete(e.record.name),e.children.forEach(o),e.alias.forEach(o))}}function s(){return n}function c(e){let t=Ar(e,n);n.splice(t,0,e),e.record.name&&!Or(e)&&r.set(e.record.name,e)}function l(e,t){let i,a={},o,s;if(`name`in e&&e.name){if(i=r.get(e.name),!i)throw G(1,{location:e});s=i.record.name,a=U(Tr(t.params,i.keys.filter(e=>!e.optional).concat(i.parent?i.parent.keys.filter(e=>e.optional):[]).map(e=>e.name)),e.params&&Tr(e.params,i.keys.map(e=>e.name))),o=i.stringify(a)}else if(e.path!=null)o=e.path,i=n.find(e=>e.re.test(o)),i&&(a=i.parse(o),s=i.record.name,i.keys.forEach(e=>{e.optional&&!a[e.name]&&delete a[e.name]}));else{if(i=t.name?r.get(t.name):n.find(e=>e.re.test(t.path)),!i)throw G(1,{location:e,currentLocation:t});s=i.record.name,a=U({},t.params,e.params),o=i.stringify(a)}let c=[],l=i;for(;l;)c.unshift(l.record),l=l.parent;return{name:s,path:o,params:a,matched:c,meta:kr(c)}}e.forEach(e=>a(e));function u(){n.length=0,r.clear()}return{addRoute:a,resolve:l,removeRoute:o,clearRoutes:u,getRoutes:s,getRecordMatcher:i}}function Tr(e,t){let n={};for(let r of t)r in e&&(n[r]=e[r]);return n}function Er(e){let t={path:e.path,redirect:e.redirect,name:e.name,meta:e.meta||{},aliasOf:e.aliasOf,beforeEnter:e.beforeEnter,props:Dr(e),children:e.children||[],instances:{},leaveGuards:new Set,updateGuards:new Set,enterCallbacks:{},components:`components`in e?e.components||null:e.component&&{default:e.component}};return Object.defineProperty(t,"mods",{value:{}}),t}function Dr(e){let t={},n=e.props||!1;if(`component`in e)t.default=n;else for(let r in e.components)t[r]=typeof n==`object`?n[r]:n;return t}function Or(e){for(;e;){if(e.record.aliasOf)return!0;e=e.parent}return!1}function kr(e){return e.reduce((e,t)=>U(e,t.meta),{})}function Ar(e,t){let n=0,r=t.length;for(;n!==r;){let i=n+r>>1;br(e,t[i])<0?r=i:n=i+1}let i=jr(e);return i&&(r=t.lastIndexOf(i,r-1)),r}function jr(e){let t=e;for(;t=t.parent;)if(Mr(t)&&br(e,t)===0)return t}function Mr({record:e}){return!!(e.name||e.components&&Object.keys(e.components).length||e.redirect)}var Nr=O({name:`RouterView`,inheritAttrs:!1,props:{name:{type:String,default:`default`},route:Object},compatConfig:{MODE:3},setup(e,{attrs:n,slots:r}){let a=t(Zt),o=w(()=>e.route||a.value),s=t(Jt,0),l=w(()=>{let e=T(s),{matched:t}=o.value,n;for(;(n=t[e])&&!n.components;)e++;return e}),u=w(()=>o.value.matched[l.value]);c(Jt,w(()=>l.value+1)),c(qt,u),c(Zt,o),c(Xt,Nn(o));let d=new Set;c(Qt,d);let f=ne(),p=Y,{app:ee}=fe().appContext;return _(()=>[f.value,u.value,e.name],([e,t,n],[r,i,a])=>{t&&(t.instances[n]=e,i&&i!==t&&e&&e===r&&(t.leaveGuards.size||(t.leaveGuards=i.leaveGuards),t.updateGuards.size||(t.updateGuards=i.updateGuards))),!e||!t||i&&J(t,i)&&r||(t.enterCallbacks[n]||[]).forEach(t=>t(e))},{flush:`post`}),()=>{let t=o.value,a=e.name,s=u.value,c=s&&s.components[a];if(!c)return Pr(r.default,{Component:c,route:t});let l=s.props[a],te=l?l===!0?t.params:typeof l==`function`?l(t):l:null,h=e=>{e.component.isUnmounted&&(s.instances[a]=null)},g=e=>i(()=>{for(var n;!e.el&&e.component;)e=e.component.subTree;if(p===t||o.value!==t||((n=e.el)==null?void 0:n.getRootNode())!==ee._container.getRootNode())return;let r=p;p=t;for(let e of d)e(t,r)}),_=m(c,U({},te,n,{onVnodeUnmounted:h,onVnodeMounted:g,onVnodeUpdated:g,ref:f}));return Pr(r.default,{Component:_,route:t})||_}}});function Pr(e,t){if(!e)return null;let n=e(t);return n.length===1?n[0]:n}var Fr=Nr;function Ir(e){let t=e.matcher||wr(e.routes,e),n=e.parseQuery||Jn,r=e.stringifyQuery||Yn,a=e.history,o=Zn(),s=Zn(),c=Zn(),l=re(Y),u=re(0),d=Y;q&&e.scrollBehavior&&`scrollRestoration`in history&&(history.scrollRestoration=`manual`);let f=Ut.bind(null,e=>``+e),p=Ut.bind(null,xn),m=Ut.bind(null,Sn);function ee(e,n){let r,i;qn(e)?(r=t.getRecordMatcher(e),i=n):i=e;let a=t.addRoute(i,r);return u.value++,()=>{a(),u.value++}}function te(e){let n=t.getRecordMatcher(e);n&&(t.removeRoute(n),u.value++)}function h(){t.clearRoutes(),u.value++}function g(){return t.getRoutes().map(e=>e.record)}function _(e){return!!t.getRecordMatcher(e)}function v(e,i){if(u.value,typeof e==`string`){i=i||(e.startsWith(`/`)?Y:l.value);let r=Tn(n,e,i.path),o=t.resolve({path:r.path},i),s=a.createHref(r.fullPath);return U(r,o,{params:m(o.params),redirectedFrom:void 0,href:s})}i=U({},i||(e.path!=null&&e.path.startsWith(`/`)&&!(`name`in e&&e.name)?Y:l.value));let o;if(e.path!=null)o=U({},e,{path:Tn(n,e.path,i.path).path});else{let t=U({},e.params);for(let e in t)t[e]==null&&delete t[e];o=U({},e,{params:p(t)}),i.params=p(i.params)}let s=t.resolve(o,i),c=e.hash||``;s.params=f(m(s.params));let d=En(r,U({},e,{hash:_n(c),path:s.path})),ee=a.createHref(d);return U({fullPath:d,hash:c,query:r===Yn?Xn(e.query):e.query||{}},s,{redirectedFrom:void 0,href:ee})}function y(e){return typeof e==`string`?Tn(n,e,l.value.path):U({},e)}function ne(e,t){if(d!==e)return G(8,{from:t,to:e})}function b(e){return C(e)}function x(e){return b(U(y(e),{replace:!0}))}function S(e,t){let n=e.matched[e.matched.length-1];if(n&&n.redirect){let{redirect:r}=n,i=typeof r==`function`?r(e,t):r;return typeof i==`string`&&(i=i.includes(`?`)||i.includes(`#`)?i=y(i):{path:i},i.params={}),U({query:e.query,hash:e.hash,params:i.path==null?e.params:{}},i)}}function C(e,t){let n=d=v(e),i=l.value,a=e.state,o=e.force,s=e.replace===!0,c=S(n,i);if(c)return C(U(y(c),{state:typeof c==`object`?U({},a,c.state):a,force:o,replace:s}),t||n);let u=n;u.redirectedFrom=t;let f;return!o&&On(r,i,n)&&(f=G(16,{to:u,from:i}),fe(i,i)),(f?Promise.resolve(f):ae(u,i)).catch(e=>K(e)?K(e,2)?e:de(e):O(e,u,i)).then(e=>{if(e){if(K(e,2))return C(U({replace:s},y(e.to),{state:typeof e.to==`object`?U({},a,e.to.state):a,force:o}),t||u)}else e=se(u,i,!0,s,a);return oe(u,i,e),e})}function ie(e,t){let n=ne(e,t);return n?Promise.reject(n):Promise.resolve()}function w(e){let t=j.values().next().value;return t&&typeof t.runWithContext==`function`?t.runWithContext(e):e()}function ae(e,t){let n,[r,i,a]=$n(e,t);n=Qn(r.reverse(),`beforeRouteLeave`,e,t);for(let i of r)i.leaveGuards.forEach(r=>{n.push(Z(r,e,t))});let c=ie.bind(null,e,t);return n.push(c),N(n).then(()=>{n=[];for(let r of o.list())n.push(Z(r,e,t));return n.push(c),N(n)}).then(()=>{n=Qn(i,`beforeRouteUpdate`,e,t);for(let r of i)r.updateGuards.forEach(r=>{n.push(Z(r,e,t))});return n.push(c),N(n)}).then(()=>{n=[];for(let r of a)if(r.beforeEnter){if(W(r.beforeEnter))for(let i of r.beforeEnter)n.push(Z(i,e,t));else n.push(Z(r.beforeEnter,e,t))}return n.push(c),N(n)}).then(()=>(e.matched.forEach(e=>e.enterCallbacks={}),n=Qn(a,`beforeRouteEnter`,e,t,w),n.push(c),N(n))).then(()=>{n=[];for(let r of s.list())n.push(Z(r,e,t));return n.push(c),N(n)}).catch(e=>K(e,8)?e:Promise.reject(e))}function oe(e,t,n){c.list().forEach(r=>w(()=>r(e,t,n)))}function se(e,t,n,r,i){let o=ne(e,t);if(o)return o;let s=t===Y,c=q&&(s||!n)&&Wn(e.fullPath);n&&(r||s?a.replace(e.fullPath,i):a.push(e.fullPath,i)),l.value=e,fe(e,t,c),de()}let E;function ce(){E||(E=a.listen((e,t,n)=>{if(!M.listening)return;let r=v(e),i=S(r,M.currentRoute.value);if(i){C(U(i,{replace:!0,force:!0}),r).catch(Wt);return}d=r;let o=l.value;q&&n.delta&&Un(o.fullPath,n.delta),ae(r,o).catch(e=>K(e,12)?e:K(e,2)?(C(U(y(e.to),{force:!0}),r).then(e=>{K(e,20)&&!n.delta&&n.type===`pop`&&a.go(-1,!1)}).catch(Wt),Promise.reject()):(n.delta&&a.go(-n.delta,!1),O(e,r,o))).then(e=>{e=e||se(r,o,!1),e&&(n.delta&&!K(e,8)?a.go(-n.delta,!1):n.type===`pop`&&K(e,20)&&a.go(-1,!1)),oe(r,o,e)}).catch(Wt)}))}let le=Zn(),ue=Zn(),D;function O(e,t,n){de(e);let r=ue.list();return r.length?r.forEach(r=>r(e,t,n)):console.error(e),Promise.reject(e)}function k(){return D&&l.value!==Y?Promise.resolve():new Promise((e,t)=>{le.add([e,t])})}function de(e){return D||(D=!e,ce(),le.list().forEach(([t,n])=>e?n(e):t()),le.reset()),e}function fe(t,n,r){let{scrollBehavior:a}=e;return!q||!a?Promise.resolve():i().then(()=>a(t,n,r||null)).then(e=>t===l.value&&e&&Rn(e)).catch(e=>t===l.value&&O(e,t,n))}let A=e=>a.go(e),pe,j=new Set,M={currentRoute:l,listening:!0,addRoute:ee,removeRoute:te,clearRoutes:h,hasRoute:_,getRoutes:g,resolve:v,options:e,push:b,replace:x,go:A,back:()=>A(-1),forward:()=>A(1),beforeEach:o.add,beforeResolve:s.add,afterEach:c.add,onError:ue.add,isReady:k,install(e){e.component(`RouterLink`,nr),e.component(`RouterView`,Fr),e.config.globalProperties.$router=M,Object.defineProperty(e.config.globalProperties,"$route",{enumerable:!0,get:()=>T(l)}),q&&!pe&&l.value===Y&&(pe=!0,b(a.location).catch(e=>{})),e.provide(Yt,M),e.provide(Xt,Nn(l)),e.provide(Zt,l);let t=e.unmount;j.add(e),e.unmount=function(){j.delete(e),j.size<1&&(d=Y,E&&E(),E=null,l.value=Y,pe=!1,D=!1),t()}}};function N(e){return e.reduce((e,t)=>e.then(()=>w(t)),Promise.resolve())}return M}var Q=class extends Error{constructor(e,t){super(t),this.name=`ApiError`,this.code=e}},Lr=`xuefa.token`;function Rr(){try{return localStorage.getItem(Lr)}catch{return null}}function zr(e){try{e?localStorage.setItem(Lr,e):localStorage.removeItem(Lr)}catch{}}var Br=null;function Vr(e){Br=e}var Hr=e=>new Promise(t=>setTimeout(t,e));function Ur(e,t){let n=t?Number(t):NaN;if(Number.isFinite(n)&&n>0)return Math.min(n,30)*1e3;let r=500*2**e;return Math.min(r,8e3)*(.75+Math.random()*.5)}async function Wr(e,t){var n;let r=(n=t.busyRetries)==null?5:n;for(let n=0;;n++){var i,a,o;let s;try{s=await fetch(`/graphql`,{...e(),signal:t.signal})}catch(e){throw(e==null?void 0:e.name)===`AbortError`?e:new Q(`NETWORK`,`网络连接中断，请检查网络后重试`)}let c=null;try{c=await s.json()}catch{c=null}let l=c==null||(i=c.errors)==null?void 0:i[0],u=(a=l==null||(o=l.extensions)==null?void 0:o.code)==null?s.status===503?`BUSY`:void 0:a;if(u===`BUSY`&&n<r)await Hr(Ur(n,s.headers.get(`Retry-After`)));else{if(l){let e=u==null?`INTERNAL`:u;throw(e===`UNAUTHENTICATED`||e===`PASSWORD_CHANGE_REQUIRED`)&&Br&&Rr()&&Br(e),new Q(e,l.message)}if(!s.ok||!c||c.data==null)throw s.status===503?new Q(`BUSY`,`服务器繁忙，请稍后再试`):new Q(`INTERNAL`,`服务器暂时无法处理请求（HTTP ${s.status}），请稍后再试`);return c.data}}}function Gr(){let e=Rr();return e?{Authorization:`Bearer ${e}`}:{}}function Kr(e,t,n={}){let r=JSON.stringify({query:e.toString(),variables:t==null?{}:t});return Wr(()=>({method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...Gr()},body:r}),n)}function qr(e,t,n,r,i={}){return Wr(()=>{let i=new FormData;return i.append(`operations`,JSON.stringify({query:e.toString(),variables:{...t,[n]:null}})),i.append(`map`,JSON.stringify({0:[`variables.${n}`]})),i.append(`0`,r,r.name),{method:`POST`,headers:{Accept:`application/json`,"GraphQL-Preflight":`1`,...Gr()},body:i}},i)}function Jr(e){return e instanceof Q?e.message:`出现意外错误，请刷新页面后重试`}var $=class extends String{constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Yr={"\n  mutation AdminLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      mustChangePassword\n    }\n  }\n":new $(`
    mutation AdminLogin($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    mustChangePassword
  }
}
    `),"\n  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new $(`
    mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation AdminLogout {\n    logout\n  }\n":new $(`
    mutation AdminLogout {
  logout
}
    `),"\n  query ConsoleContext {\n    me { id name phone }\n    consoleContext {\n      role\n      masksPhones\n      sections\n      home { id name level manageable }\n      breadcrumb { id name level manageable }\n    }\n    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }\n  }\n":new $(`
    query ConsoleContext {
  me {
    id
    name
    phone
  }
  consoleContext {
    role
    masksPhones
    sections
    home {
      id
      name
      level
      manageable
    }
    breadcrumb {
      id
      name
      level
      manageable
    }
  }
  currentCampaign {
    id
    year
    title
    passScore
    mainWindow {
      start
      end
    }
    makeupWindow {
      start
      end
    }
    durationMinutes
    studyStart
  }
}
    `),"\n  query Breadcrumb($nodeId: ID!) {\n    breadcrumb(nodeId: $nodeId) { id name level manageable }\n  }\n":new $(`
    query Breadcrumb($nodeId: ID!) {
  breadcrumb(nodeId: $nodeId) {
    id
    name
    level
    manageable
  }
}
    `),"\n  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      nodeId\n      name\n      isUnit\n      shouldTake\n      studyCompleted\n      participated\n      passed\n      participationRate\n      passRate\n      deduction\n      deductionUnits\n      children(orderBy: $orderBy, descending: $descending) {\n        nodeId\n        name\n        isUnit\n        shouldTake\n        studyCompleted\n        participated\n        passed\n        participationRate\n        passRate\n        deduction\n        deductionUnits\n      }\n    }\n    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }\n  }\n":new $(`
    query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    nodeId
    name
    isUnit
    shouldTake
    studyCompleted
    participated
    passed
    participationRate
    passRate
    deduction
    deductionUnits
    children(orderBy: $orderBy, descending: $descending) {
      nodeId
      name
      isUnit
      shouldTake
      studyCompleted
      participated
      passed
      participationRate
      passRate
      deduction
      deductionUnits
    }
  }
  dailyProgress(campaignId: $campaignId, nodeId: $nodeId) {
    day
    studyCompleted
    participated
    passed
  }
}
    `),"\n  mutation CreateDownloadLink($input: DownloadInput!) {\n    createDownloadLink(input: $input) { url expiresAt }\n  }\n":new $(`
    mutation CreateDownloadLink($input: DownloadInput!) {
  createDownloadLink(input: $input) {
    url
    expiresAt
  }
}
    `),"\n  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id\n          name\n          phone\n          phoneMasked\n          rank\n          status\n          retirementDate\n          points(campaignId: $campaignId)\n          bestScore(campaignId: $campaignId)\n        }\n      }\n    }\n  }\n":new $(`
    query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
  unit(id: $unitId) {
    id
    name
    learners(
      first: $first
      after: $after
      filter: $filter
      orderBy: $orderBy
      descending: $descending
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        phone
        phoneMasked
        rank
        status
        retirementDate
        points(campaignId: $campaignId)
        bestScore(campaignId: $campaignId)
      }
    }
  }
}
    `),"\n  mutation AddLearner($input: AddLearnerInput!) {\n    addLearner(input: $input) { id name }\n  }\n":new $(`
    mutation AddLearner($input: AddLearnerInput!) {
  addLearner(input: $input) {
    id
    name
  }
}
    `),"\n  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {\n    updateLearner(id: $id, input: $input) { id name }\n  }\n":new $(`
    mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
  updateLearner(id: $id, input: $input) {
    id
    name
  }
}
    `),"\n  mutation TransferOut($learnerId: ID!) {\n    transferOut(learnerId: $learnerId) { id status }\n  }\n":new $(`
    mutation TransferOut($learnerId: ID!) {
  transferOut(learnerId: $learnerId) {
    id
    status
  }
}
    `),"\n  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {\n    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }\n  }\n":new $(`
    mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
  setEmploymentStatus(learnerId: $learnerId, status: $status) {
    id
    status
  }
}
    `),"\n  mutation ResetLearnerPassword($learnerId: ID!) {\n    resetLearnerPassword(learnerId: $learnerId)\n  }\n":new $(`
    mutation ResetLearnerPassword($learnerId: ID!) {
  resetLearnerPassword(learnerId: $learnerId)
}
    `),"\n  mutation UnlockLearner($learnerId: ID!) {\n    unlockLearner(learnerId: $learnerId)\n  }\n":new $(`
    mutation UnlockLearner($learnerId: ID!) {
  unlockLearner(learnerId: $learnerId)
}
    `),"\n  mutation RevealPhone($learnerId: ID!) {\n    revealPhone(learnerId: $learnerId)\n  }\n":new $(`
    mutation RevealPhone($learnerId: ID!) {
  revealPhone(learnerId: $learnerId)
}
    `),"\n  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {\n    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {\n      created\n      updated\n      unchanged\n      dryRun\n      written\n      errors { row message }\n    }\n  }\n":new $(`
    mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
  importLearners(
    unitId: $unitId
    file: $file
    dryRun: $dryRun
    importValidRows: $importValidRows
  ) {
    created
    updated
    unchanged
    dryRun
    written
    errors {
      row
      message
    }
  }
}
    `),"\n  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {\n    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        phone\n        phoneMasked\n        rank\n        unit { id name }\n        points(campaignId: $campaignId)\n        bestScore(campaignId: $campaignId)\n      }\n    }\n  }\n":new $(`
    query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
  learnersNeedingAction(
    campaignId: $campaignId
    nodeId: $nodeId
    kind: $kind
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      phone
      phoneMasked
      rank
      unit {
        id
        name
      }
      points(campaignId: $campaignId)
      bestScore(campaignId: $campaignId)
    }
  }
}
    `),"\n  query Children($campaignId: ID!, $nodeId: ID!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      children(orderBy: NAME) { nodeId name isUnit }\n    }\n  }\n":new $(`
    query Children($campaignId: ID!, $nodeId: ID!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    children(orderBy: NAME) {
      nodeId
      name
      isUnit
    }
  }
}
    `),"\n  query ExamSessions($campaignId: ID!, $unitId: ID) {\n    examSessions(campaignId: $campaignId, unitId: $unitId) { id kind startsAt endsAt centreName seats booked }\n  }\n":new $(`
    query ExamSessions($campaignId: ID!, $unitId: ID) {
  examSessions(campaignId: $campaignId, unitId: $unitId) {
    id
    kind
    startsAt
    endsAt
    centreName
    seats
    booked
  }
}
    `),"\n  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {\n    scheduleExamSession(input: $input) { id kind startsAt endsAt }\n  }\n":new $(`
    mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
  scheduleExamSession(input: $input) {
    id
    kind
    startsAt
    endsAt
  }
}
    `),"\n  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {\n    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        status\n        reason\n        appliedAt\n        attachmentName\n        learner { id name phone unit { name } }\n        decisions { approve comment overrule decidedAt decidedBy }\n      }\n    }\n  }\n":new $(`
    query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {
  exemptions(
    campaignId: $campaignId
    nodeId: $nodeId
    status: $status
    first: 100
  ) {
    totalCount
    nodes {
      id
      status
      reason
      appliedAt
      attachmentName
      learner {
        id
        name
        phone
        unit {
          name
        }
      }
      decisions {
        approve
        comment
        overrule
        decidedAt
        decidedBy
      }
    }
  }
}
    `),"\n  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {\n    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }\n  }\n":new $(`
    mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
  decideExemption(id: $id, approve: $approve, comment: $comment) {
    id
    status
  }
}
    `),"\n  query Notices {\n    notices(first: 50) { nodes { id title body postedAt region { name } } }\n  }\n":new $(`
    query Notices {
  notices(first: 50) {
    nodes {
      id
      title
      body
      postedAt
      region {
        name
      }
    }
  }
}
    `),"\n  mutation PostNotice($input: PostNoticeInput!) {\n    postNotice(input: $input) { id }\n  }\n":new $(`
    mutation PostNotice($input: PostNoticeInput!) {
  postNotice(input: $input) {
    id
  }
}
    `),"\n  query AuditLog($nodeId: ID!, $first: Int!, $after: String) {\n    auditLog(nodeId: $nodeId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at action actor targetKind targetId before after late }\n    }\n  }\n":new $(`
    query AuditLog($nodeId: ID!, $first: Int!, $after: String) {
  auditLog(nodeId: $nodeId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      action
      actor
      targetKind
      targetId
      before
      after
      late
    }
  }
}
    `),"\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) { id role }\n  }\n":new $(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    id
    role
  }
}
    `),"\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n":new $(`
    mutation Login($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    expiresAt
    mustChangePassword
    account {
      id
      name
      phone
    }
  }
}
    `),"\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new $(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation Logout {\n    logout\n  }\n":new $(`
    mutation Logout {
  logout
}
    `),"\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n      }\n    }\n  }\n":new $(`
    query Me {
  me {
    id
    name
    phone
    mustChangePassword
    roles {
      role
    }
    learner {
      id
      name
      rank
      status
      retirementDate
      unit {
        id
        name
        hasInternet
      }
    }
  }
}
    `)};function Xr(e){var t;return(t=Yr[e])==null?{}:t}var Zr=`modulepreload`,Qr=function(e){return`/`+e},$r={},ei=function(e){return e.pathname.endsWith(`.css`)},ti=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},ni=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=(i==null?void 0:i.nonce)||(i==null?void 0:i.getAttribute(`nonce`));function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Qr(t,n);let r=s(t),i=ei(r);return ti($r,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Zr,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})};export{At as S,It as _,Jr as a,Pe as b,zr as c,dr as d,en as f,Lt as g,ft as h,Rr as i,qr as l,ye as m,Xr as n,Vr as o,$t as p,Q as r,Kr as s,ni as t,Ir as u,Ct as v,Mt as x,Tt as y};