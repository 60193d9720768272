import{c as e,n as t,s as n}from"./preload-helper-DGfS5ZVU.js";import{$ as r,C as i,Ct as a,Dt as o,I as s,J as c,Mt as l,Tt as u,X as d,Y as f,at as p,ct as m,et as h,ft as g,ht as ee,it as _,l as v,mt as y,nt as te,rt as ne,st as re,y as b,yt as ie}from"./runtime-core.esm-bundler-B3-Khcn0.js";var ae=Object.create,x=Object.defineProperty,oe=Object.getOwnPropertyDescriptor,se=Object.getOwnPropertyNames,ce=Object.getPrototypeOf,le=Object.prototype.hasOwnProperty,ue=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports),de=(e,t)=>{let n={};for(var r in e)x(n,r,{get:e[r],enumerable:!0});return t||x(n,Symbol.toStringTag,{value:`Module`}),n},fe=(e,t,n,r)=>{if(t&&typeof t==`object`||typeof t==`function`)for(var i=se(t),a=0,o=i.length,s;a<o;a++)s=i[a],!le.call(e,s)&&s!==n&&x(e,s,{get:(e=>t[e]).bind(null,s),enumerable:!(r=oe(t,s))||r.enumerable});return e},pe=(e,t,n)=>(n=e==null?{}:ae(ce(e)),fe(t||!e||!e.__esModule||!le.call(e,`default`)?x(n,`default`,{value:e,enumerable:!0}):n,e)),me=[``,`default`,`small`,`large`],he=typeof global==`object`&&global&&global.Object===Object&&global,ge=typeof self==`object`&&self&&self.Object===Object&&self,S=he||ge||Function(`return this`)(),C=S.Symbol,_e=Object.prototype,ve=_e.hasOwnProperty,ye=_e.toString,w=C?C.toStringTag:void 0;function be(e){var t=ve.call(e,w),n=e[w];try{e[w]=void 0;var r=!0}catch{}var i=ye.call(e);return r&&(t?e[w]=n:delete e[w]),i}var xe=Object.prototype.toString;function Se(e){return xe.call(e)}var Ce=`[object Null]`,we=`[object Undefined]`,Te=C?C.toStringTag:void 0;function T(e){return e==null?e===void 0?we:Ce:Te&&Te in Object(e)?be(e):Se(e)}function E(e){return typeof e==`object`&&!!e}var Ee=`[object Symbol]`;function D(e){return typeof e==`symbol`||E(e)&&T(e)==Ee}function De(e,t){for(var n=-1,r=e==null?0:e.length,i=Array(r);++n<r;)i[n]=t(e[n],n,e);return i}var O=Array.isArray,Oe=1/0,ke=C?C.prototype:void 0,Ae=ke?ke.toString:void 0;function je(e){if(typeof e==`string`)return e;if(O(e))return De(e,je)+``;if(D(e))return Ae?Ae.call(e):``;var t=e+``;return t==`0`&&1/e==-Oe?`-0`:t}function k(e){var t=typeof e;return e!=null&&(t==`object`||t==`function`)}var Me=`[object AsyncFunction]`,Ne=`[object Function]`,Pe=`[object GeneratorFunction]`,Fe=`[object Proxy]`;function Ie(e){if(!k(e))return!1;var t=T(e);return t==Ne||t==Pe||t==Me||t==Fe}var Le=S[`__core-js_shared__`],Re=function(){var e=/[^.]+$/.exec(Le&&Le.keys&&Le.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}();function ze(e){return!!Re&&Re in e}var Be=Function.prototype.toString;function A(e){if(e!=null){try{return Be.call(e)}catch{}try{return e+``}catch{}}return``}var Ve=/[\\^$.*+?()[\]{}|]/g,He=/^\[object .+?Constructor\]$/,Ue=Function.prototype,We=Object.prototype,Ge=Ue.toString,Ke=We.hasOwnProperty,qe=RegExp(`^`+Ge.call(Ke).replace(Ve,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`);function Je(e){return!k(e)||ze(e)?!1:(Ie(e)?qe:He).test(A(e))}function Ye(e,t){return e==null?void 0:e[t]}function j(e,t){var n=Ye(e,t);return Je(n)?n:void 0}var Xe=j(S,`WeakMap`),Ze=function(){try{var e=j(Object,`defineProperty`);return e({},``,{}),e}catch{}}(),Qe=9007199254740991,$e=/^(?:0|[1-9]\d*)$/;function et(e,t){var n=typeof e;return t=t==null?Qe:t,!!t&&(n==`number`||n!=`symbol`&&$e.test(e))&&e>-1&&e%1==0&&e<t}function tt(e,t,n){t==`__proto__`&&Ze?Ze(e,t,{configurable:!0,enumerable:!0,value:n,writable:!0}):e[t]=n}function M(e,t){return e===t||e!==e&&t!==t}var nt=Object.prototype.hasOwnProperty;function rt(e,t,n){var r=e[t];(!(nt.call(e,t)&&M(r,n))||n===void 0&&!(t in e))&&tt(e,t,n)}var it=9007199254740991;function at(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=it}function ot(e){return e!=null&&at(e.length)&&!Ie(e)}var st=Object.prototype;function ct(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||st)}function lt(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}var ut=`[object Arguments]`;function dt(e){return E(e)&&T(e)==ut}var ft=Object.prototype,pt=ft.hasOwnProperty,mt=ft.propertyIsEnumerable,ht=dt(function(){return arguments}())?dt:function(e){return E(e)&&pt.call(e,`callee`)&&!mt.call(e,`callee`)};function gt(){return!1}var _t=typeof exports==`object`&&exports&&!exports.nodeType&&exports,vt=_t&&typeof module==`object`&&module&&!module.nodeType&&module,yt=vt&&vt.exports===_t?S.Buffer:void 0,N=(yt?yt.isBuffer:void 0)||gt,bt=`[object Arguments]`,xt=`[object Array]`,St=`[object Boolean]`,Ct=`[object Date]`,wt=`[object Error]`,Tt=`[object Function]`,Et=`[object Map]`,Dt=`[object Number]`,Ot=`[object Object]`,kt=`[object RegExp]`,At=`[object Set]`,jt=`[object String]`,Mt=`[object WeakMap]`,Nt=`[object ArrayBuffer]`,Pt=`[object DataView]`,Ft=`[object Float32Array]`,It=`[object Float64Array]`,Lt=`[object Int8Array]`,Rt=`[object Int16Array]`,zt=`[object Int32Array]`,Bt=`[object Uint8Array]`,Vt=`[object Uint8ClampedArray]`,Ht=`[object Uint16Array]`,Ut=`[object Uint32Array]`,P={};P[Ft]=P[It]=P[Lt]=P[Rt]=P[zt]=P[Bt]=P[Vt]=P[Ht]=P[Ut]=!0,P[bt]=P[xt]=P[Nt]=P[St]=P[Pt]=P[Ct]=P[wt]=P[Tt]=P[Et]=P[Dt]=P[Ot]=P[kt]=P[At]=P[jt]=P[Mt]=!1;function Wt(e){return E(e)&&at(e.length)&&!!P[T(e)]}function Gt(e){return function(t){return e(t)}}var Kt=typeof exports==`object`&&exports&&!exports.nodeType&&exports,F=Kt&&typeof module==`object`&&module&&!module.nodeType&&module,qt=F&&F.exports===Kt&&he.process,Jt=function(){try{return F&&F.require&&F.require(`util`).types||qt&&qt.binding&&qt.binding(`util`)}catch{}}(),Yt=Jt&&Jt.isTypedArray,Xt=Yt?Gt(Yt):Wt,Zt=Object.prototype.hasOwnProperty;function Qt(e,t){var n=O(e),r=!n&&ht(e),i=!n&&!r&&N(e),a=!n&&!r&&!i&&Xt(e),o=n||r||i||a,s=o?lt(e.length,String):[],c=s.length;for(var l in e)(t||Zt.call(e,l))&&!(o&&(l==`length`||i&&(l==`offset`||l==`parent`)||a&&(l==`buffer`||l==`byteLength`||l==`byteOffset`)||et(l,c)))&&s.push(l);return s}function $t(e,t){return function(n){return e(t(n))}}var en=$t(Object.keys,Object),tn=Object.prototype.hasOwnProperty;function nn(e){if(!ct(e))return en(e);var t=[];for(var n in Object(e))tn.call(e,n)&&n!=`constructor`&&t.push(n);return t}function rn(e){return ot(e)?Qt(e):nn(e)}var an=/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/,on=/^\w*$/;function sn(e,t){if(O(e))return!1;var n=typeof e;return n==`number`||n==`symbol`||n==`boolean`||e==null||D(e)?!0:on.test(e)||!an.test(e)||t!=null&&e in Object(t)}var I=j(Object,`create`);function cn(){this.__data__=I?I(null):{},this.size=0}function ln(e){var t=this.has(e)&&delete this.__data__[e];return this.size-=+!!t,t}var un=`__lodash_hash_undefined__`,dn=Object.prototype.hasOwnProperty;function fn(e){var t=this.__data__;if(I){var n=t[e];return n===un?void 0:n}return dn.call(t,e)?t[e]:void 0}var pn=Object.prototype.hasOwnProperty;function mn(e){var t=this.__data__;return I?t[e]!==void 0:pn.call(t,e)}var hn=`__lodash_hash_undefined__`;function gn(e,t){var n=this.__data__;return this.size+=+!this.has(e),n[e]=I&&t===void 0?hn:t,this}function L(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}L.prototype.clear=cn,L.prototype.delete=ln,L.prototype.get=fn,L.prototype.has=mn,L.prototype.set=gn;function _n(){this.__data__=[],this.size=0}function R(e,t){for(var n=e.length;n--;)if(M(e[n][0],t))return n;return-1}var vn=Array.prototype.splice;function yn(e){var t=this.__data__,n=R(t,e);return n<0?!1:(n==t.length-1?t.pop():vn.call(t,n,1),--this.size,!0)}function bn(e){var t=this.__data__,n=R(t,e);return n<0?void 0:t[n][1]}function xn(e){return R(this.__data__,e)>-1}function Sn(e,t){var n=this.__data__,r=R(n,e);return r<0?(++this.size,n.push([e,t])):n[r][1]=t,this}function z(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}z.prototype.clear=_n,z.prototype.delete=yn,z.prototype.get=bn,z.prototype.has=xn,z.prototype.set=Sn;var B=j(S,`Map`);function Cn(){this.size=0,this.__data__={hash:new L,map:new(B||z),string:new L}}function wn(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function V(e,t){var n=e.__data__;return wn(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function Tn(e){var t=V(this,e).delete(e);return this.size-=+!!t,t}function En(e){return V(this,e).get(e)}function Dn(e){return V(this,e).has(e)}function On(e,t){var n=V(this,e),r=n.size;return n.set(e,t),this.size+=n.size==r?0:1,this}function H(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}H.prototype.clear=Cn,H.prototype.delete=Tn,H.prototype.get=En,H.prototype.has=Dn,H.prototype.set=On;var kn=`Expected a function`;function An(e,t){if(typeof e!=`function`||t!=null&&typeof t!=`function`)throw TypeError(kn);var n=function(){var r=arguments,i=t?t.apply(this,r):r[0],a=n.cache;if(a.has(i))return a.get(i);var o=e.apply(this,r);return n.cache=a.set(i,o)||a,o};return n.cache=new(An.Cache||H),n}An.Cache=H;var jn=500;function Mn(e){var t=An(e,function(e){return n.size===jn&&n.clear(),e}),n=t.cache;return t}var Nn=/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,Pn=/\\(\\)?/g,Fn=Mn(function(e){var t=[];return e.charCodeAt(0)===46&&t.push(``),e.replace(Nn,function(e,n,r,i){t.push(r?i.replace(Pn,`$1`):n||e)}),t});function In(e){return e==null?``:je(e)}function Ln(e,t){return O(e)?e:sn(e,t)?[e]:Fn(In(e))}var Rn=1/0;function zn(e){if(typeof e==`string`||D(e))return e;var t=e+``;return t==`0`&&1/e==-Rn?`-0`:t}function Bn(e,t){t=Ln(t,e);for(var n=0,r=t.length;e!=null&&n<r;)e=e[zn(t[n++])];return n&&n==r?e:void 0}function U(e,t,n){var r=e==null?void 0:Bn(e,t);return r===void 0?n:r}function Vn(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}var Hn=$t(Object.getPrototypeOf,Object),Un=`[object Object]`,Wn=Function.prototype,Gn=Object.prototype,Kn=Wn.toString,qn=Gn.hasOwnProperty,Jn=Kn.call(Object);function Yn(e){if(!E(e)||T(e)!=Un)return!1;var t=Hn(e);if(t===null)return!0;var n=qn.call(t,`constructor`)&&t.constructor;return typeof n==`function`&&n instanceof n&&Kn.call(n)==Jn}function Xn(){this.__data__=new z,this.size=0}function Zn(e){var t=this.__data__,n=t.delete(e);return this.size=t.size,n}function Qn(e){return this.__data__.get(e)}function $n(e){return this.__data__.has(e)}var er=200;function tr(e,t){var n=this.__data__;if(n instanceof z){var r=n.__data__;if(!B||r.length<er-1)return r.push([e,t]),this.size=++n.size,this;n=this.__data__=new H(r)}return n.set(e,t),this.size=n.size,this}function W(e){var t=this.__data__=new z(e);this.size=t.size}W.prototype.clear=Xn,W.prototype.delete=Zn,W.prototype.get=Qn,W.prototype.has=$n,W.prototype.set=tr;function nr(e,t){for(var n=-1,r=e==null?0:e.length,i=0,a=[];++n<r;){var o=e[n];t(o,n,e)&&(a[i++]=o)}return a}function rr(){return[]}var ir=Object.prototype.propertyIsEnumerable,ar=Object.getOwnPropertySymbols,or=ar?function(e){return e==null?[]:(e=Object(e),nr(ar(e),function(t){return ir.call(e,t)}))}:rr;function sr(e,t,n){var r=t(e);return O(e)?r:Vn(r,n(e))}function cr(e){return sr(e,rn,or)}var lr=j(S,`DataView`),ur=j(S,`Promise`),dr=j(S,`Set`),fr=`[object Map]`,pr=`[object Object]`,mr=`[object Promise]`,hr=`[object Set]`,gr=`[object WeakMap]`,_r=`[object DataView]`,vr=A(lr),yr=A(B),br=A(ur),xr=A(dr),Sr=A(Xe),G=T;(lr&&G(new lr(new ArrayBuffer(1)))!=_r||B&&G(new B)!=fr||ur&&G(ur.resolve())!=mr||dr&&G(new dr)!=hr||Xe&&G(new Xe)!=gr)&&(G=function(e){var t=T(e),n=t==pr?e.constructor:void 0,r=n?A(n):``;if(r)switch(r){case vr:return _r;case yr:return fr;case br:return mr;case xr:return hr;case Sr:return gr}return t});var Cr=G,wr=S.Uint8Array,Tr=`__lodash_hash_undefined__`;function Er(e){return this.__data__.set(e,Tr),this}function Dr(e){return this.__data__.has(e)}function K(e){var t=-1,n=e==null?0:e.length;for(this.__data__=new H;++t<n;)this.add(e[t])}K.prototype.add=K.prototype.push=Er,K.prototype.has=Dr;function Or(e,t){for(var n=-1,r=e==null?0:e.length;++n<r;)if(t(e[n],n,e))return!0;return!1}function kr(e,t){return e.has(t)}var Ar=1,jr=2;function Mr(e,t,n,r,i,a){var o=n&Ar,s=e.length,c=t.length;if(s!=c&&!(o&&c>s))return!1;var l=a.get(e),u=a.get(t);if(l&&u)return l==t&&u==e;var d=-1,f=!0,p=n&jr?new K:void 0;for(a.set(e,t),a.set(t,e);++d<s;){var m=e[d],h=t[d];if(r)var g=o?r(h,m,d,t,e,a):r(m,h,d,e,t,a);if(g!==void 0){if(g)continue;f=!1;break}if(p){if(!Or(t,function(e,t){if(!kr(p,t)&&(m===e||i(m,e,n,r,a)))return p.push(t)})){f=!1;break}}else if(!(m===h||i(m,h,n,r,a))){f=!1;break}}return a.delete(e),a.delete(t),f}function Nr(e){var t=-1,n=Array(e.size);return e.forEach(function(e,r){n[++t]=[r,e]}),n}function Pr(e){var t=-1,n=Array(e.size);return e.forEach(function(e){n[++t]=e}),n}var Fr=1,Ir=2,Lr=`[object Boolean]`,Rr=`[object Date]`,zr=`[object Error]`,Br=`[object Map]`,Vr=`[object Number]`,Hr=`[object RegExp]`,Ur=`[object Set]`,Wr=`[object String]`,Gr=`[object Symbol]`,Kr=`[object ArrayBuffer]`,qr=`[object DataView]`,Jr=C?C.prototype:void 0,Yr=Jr?Jr.valueOf:void 0;function Xr(e,t,n,r,i,a,o){switch(n){case qr:if(e.byteLength!=t.byteLength||e.byteOffset!=t.byteOffset)return!1;e=e.buffer,t=t.buffer;case Kr:return!(e.byteLength!=t.byteLength||!a(new wr(e),new wr(t)));case Lr:case Rr:case Vr:return M(+e,+t);case zr:return e.name==t.name&&e.message==t.message;case Hr:case Wr:return e==t+``;case Br:var s=Nr;case Ur:var c=r&Fr;if(s||(s=Pr),e.size!=t.size&&!c)return!1;var l=o.get(e);if(l)return l==t;r|=Ir,o.set(e,t);var u=Mr(s(e),s(t),r,i,a,o);return o.delete(e),u;case Gr:if(Yr)return Yr.call(e)==Yr.call(t)}return!1}var Zr=1,Qr=Object.prototype.hasOwnProperty;function $r(e,t,n,r,i,a){var o=n&Zr,s=cr(e),c=s.length;if(c!=cr(t).length&&!o)return!1;for(var l=c;l--;){var u=s[l];if(!(o?u in t:Qr.call(t,u)))return!1}var d=a.get(e),f=a.get(t);if(d&&f)return d==t&&f==e;var p=!0;a.set(e,t),a.set(t,e);for(var m=o;++l<c;){u=s[l];var h=e[u],g=t[u];if(r)var ee=o?r(g,h,u,t,e,a):r(h,g,u,e,t,a);if(!(ee===void 0?h===g||i(h,g,n,r,a):ee)){p=!1;break}m||(m=u==`constructor`)}if(p&&!m){var _=e.constructor,v=t.constructor;_!=v&&`constructor`in e&&`constructor`in t&&!(typeof _==`function`&&_ instanceof _&&typeof v==`function`&&v instanceof v)&&(p=!1)}return a.delete(e),a.delete(t),p}var ei=1,ti=`[object Arguments]`,ni=`[object Array]`,q=`[object Object]`,ri=Object.prototype.hasOwnProperty;function ii(e,t,n,r,i,a){var o=O(e),s=O(t),c=o?ni:Cr(e),l=s?ni:Cr(t);c=c==ti?q:c,l=l==ti?q:l;var u=c==q,d=l==q,f=c==l;if(f&&N(e)){if(!N(t))return!1;o=!0,u=!1}if(f&&!u)return a||(a=new W),o||Xt(e)?Mr(e,t,n,r,i,a):Xr(e,t,c,n,r,i,a);if(!(n&ei)){var p=u&&ri.call(e,`__wrapped__`),m=d&&ri.call(t,`__wrapped__`);if(p||m){var h=p?e.value():e,g=m?t.value():t;return a||(a=new W),i(h,g,n,r,a)}}return f?(a||(a=new W),$r(e,t,n,r,i,a)):!1}function ai(e,t,n,r,i){return e===t?!0:e==null||t==null||!E(e)&&!E(t)?e!==e&&t!==t:ii(e,t,n,r,ai,i)}function oi(e){for(var t=-1,n=e==null?0:e.length,r={};++t<n;){var i=e[t];tt(r,i[0],i[1])}return r}function si(e,t){return ai(e,t)}function ci(e){return e==null}function li(e,t,n,r){if(!k(e))return e;t=Ln(t,e);for(var i=-1,a=t.length,o=a-1,s=e;s!=null&&++i<a;){var c=zn(t[i]),l=n;if(c===`__proto__`||c===`constructor`||c===`prototype`)return e;if(i!=o){var u=s[c];l=r?r(u,c,s):void 0,l===void 0&&(l=k(u)?u:et(t[i+1])?[]:{})}rt(s,c,l),s=s[c]}return e}function ui(e,t,n){return e==null?e:li(e,t,n)}var di=e=>e===void 0,fi=e=>typeof e==`boolean`,pi=e=>typeof e==`number`,mi=e=>!e&&e!==0||a(e)&&e.length===0||o(e)&&!Object.keys(e).length,hi=e=>typeof Element>`u`?!1:e instanceof Element,gi=e=>ci(e),_i=e=>l(e)?!Number.isNaN(Number(e)):!1,vi=e=>Object.keys(e),yi=(e,t,n)=>({get value(){return U(e,t,n)},set value(n){ui(e,t,n)}}),bi=`__epPropKey`,xi=e=>e,Si=e=>o(e)&&!!e.__epPropKey,Ci=(e,t)=>{if(!o(e)||Si(e))return e;let{values:n,required:r,default:i,type:a,validator:s}=e,l={type:a,required:!!r,validator:n||s?r=>{let a=!1,o=[];if(n&&(o=Array.from(n),ie(e,`default`)&&o.push(i),a||(a=o.includes(r))),s&&(a||(a=s(r))),!a&&o.length>0){let e=[...new Set(o)].map(e=>JSON.stringify(e)).join(`, `);c(`Invalid prop: validation failed${t?` for prop "${t}"`:``}. Expected one of [${e}], got value ${JSON.stringify(r)}.`)}return a}:void 0,[bi]:!0};return ie(e,`default`)&&(l.default=i),l},wi=e=>oi(Object.entries(e).map(([e,t])=>[e,Ci(t,e)])),Ti=class extends Error{constructor(e){super(e),this.name=`ElementPlusError`}};function Ei(e,t){throw new Ti(`[${e}] ${t}`)}function J(e,t){{let n=l(e)?new Ti(`[${e}] ${t}`):e;console.warn(n)}}function Di(e,t){var n;let r=m();return d(()=>{r.value=e()},{...t,flush:(n=t==null?void 0:t.flush)==null?`sync`:n}),_(r)}function Oi(e,t){return r()?(te(e,t),!0):!1}var Y=typeof window<`u`&&typeof document<`u`;typeof WorkerGlobalScope<`u`&&globalThis instanceof WorkerGlobalScope;var ki=e=>e!=null,Ai=Object.prototype.toString,ji=e=>Ai.call(e)===`[object Object]`,X=()=>{},Mi=Ni();function Ni(){var e,t,n;return Y&&!!((e=window)!=null&&(e=e.navigator)!=null&&e.userAgent)&&(/iP(?:ad|hone|od)/.test(window.navigator.userAgent)||((t=window)==null||(t=t.navigator)==null?void 0:t.maxTouchPoints)>2&&/iPad|Macintosh/.test((n=window)==null?void 0:n.navigator.userAgent))}function Pi(e,t){function n(...n){return new Promise((r,i)=>{Promise.resolve(e(()=>t.apply(this,n),{fn:t,thisArg:this,args:n})).then(r).catch(i)})}return`cancel`in e&&Object.assign(n,{cancel:e.cancel,flush:e.flush,isPending:e.isPending}),n}function Fi(e,t={}){let n,r,i=X,a=X,o=m(!1),s=e=>{clearTimeout(e),i(),i=X},c;return Object.assign(l=>{let u=g(e),d=g(t.maxWait);return n&&s(n),u<=0||d!==void 0&&d<=0?(r&&(s(r),r=void 0),o.value=!1,Promise.resolve(l())):(o.value=!0,new Promise((e,f)=>{i=t.rejectOnCancel?f:e,a=e,c=l,d&&!r&&(r=setTimeout(()=>{n&&s(n),r=void 0,o.value=!1,e(c())},d)),n=setTimeout(()=>{r&&s(r),r=void 0,o.value=!1,e(l())},u)}))},{cancel:()=>{n&&(s(n),n=void 0),r&&(s(r),r=void 0),o.value=!1,a=X},flush:()=>{if(o.value){n&&(clearTimeout(n),n=void 0),r&&(clearTimeout(r),r=void 0),o.value=!1;let e=a;i=X,a=X,e(c())}},isPending:re(o)})}function Ii(e){return Array.isArray(e)?e:[e]}function Li(e,t=200,n={}){return Pi(Fi(t,n),e)}function Ri(e,t=200,n={}){let r=p(g(e)),i=Li(()=>{r.value=e.value},t,n);return f(e,()=>i()),re(r)}function zi(e,t,n={}){let{immediate:r=!0,immediateCallback:i=!1}=n,a=m(!1),o;function s(){o&&(clearTimeout(o),o=void 0)}function c(){a.value=!1,s()}function l(...n){i&&e(),s(),a.value=!0,o=setTimeout(()=>{a.value=!1,o=void 0,e(...n)},g(t))}return r&&(a.value=!0,Y&&l()),Oi(c),{isPending:re(a),start:l,stop:c}}function Bi(e,t,n){return f(e,t,{...n,immediate:!0})}var Vi={name:`en`,el:{breadcrumb:{label:`Breadcrumb`},colorpicker:{confirm:`OK`,clear:`Clear`,defaultLabel:`color picker`,description:`current color is {color}. press enter to select a new color.`,alphaLabel:`pick alpha value`,alphaDescription:`alpha {alpha}, current color is {color}`,hueLabel:`pick hue value`,hueDescription:`hue {hue}, current color is {color}`,svLabel:`pick saturation and brightness value`,svDescription:`saturation {saturation}, brightness {brightness}, current color is {color}`,predefineDescription:`select {value} as the color`},datepicker:{now:`Now`,today:`Today`,cancel:`Cancel`,clear:`Clear`,confirm:`OK`,dateTablePrompt:`Use the arrow keys and enter to select the day of the month`,monthTablePrompt:`Use the arrow keys and enter to select the month`,quarterTablePrompt:`Use the arrow keys and enter to select the quarter`,yearTablePrompt:`Use the arrow keys and enter to select the year`,selectedDate:`Selected date`,selectDate:`Select date`,selectTime:`Select time`,startDate:`Start Date`,startTime:`Start Time`,endDate:`End Date`,endTime:`End Time`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,year:``,month1:`January`,month2:`February`,month3:`March`,month4:`April`,month5:`May`,month6:`June`,month7:`July`,month8:`August`,month9:`September`,month10:`October`,month11:`November`,month12:`December`,weeks:{sun:`Sun`,mon:`Mon`,tue:`Tue`,wed:`Wed`,thu:`Thu`,fri:`Fri`,sat:`Sat`},weeksFull:{sun:`Sunday`,mon:`Monday`,tue:`Tuesday`,wed:`Wednesday`,thu:`Thursday`,fri:`Friday`,sat:`Saturday`},months:{jan:`Jan`,feb:`Feb`,mar:`Mar`,apr:`Apr`,may:`May`,jun:`Jun`,jul:`Jul`,aug:`Aug`,sep:`Sep`,oct:`Oct`,nov:`Nov`,dec:`Dec`}},input:{characters:`{count} / {max} characters`},inputNumber:{decrease:`decrease number`,increase:`increase number`},select:{loading:`Loading`,noMatch:`No matching data`,noData:`No data`,placeholder:`Select`},mention:{loading:`Loading`},dropdown:{toggleDropdown:`Toggle Dropdown`},cascader:{noMatch:`No matching data`,loading:`Loading`,placeholder:`Select`,noData:`No data`},pagination:{goto:`Go to`,pagesize:`/page`,total:`Total {total}`,pageClassifier:``,page:`Page`,prev:`Go to previous page`,next:`Go to next page`,currentPage:`page {pager}`,prevPages:`Previous {pager} pages`,nextPages:`Next {pager} pages`,deprecationWarning:`Deprecated usages detected, please refer to the el-pagination documentation for more details`},dialog:{close:`Close this dialog`},drawer:{close:`Close this dialog`},messagebox:{title:`Message`,confirm:`OK`,cancel:`Cancel`,error:`Illegal input`,close:`Close this dialog`},upload:{deleteTip:`press delete to remove`,delete:`Delete`,preview:`Preview`,continue:`Continue`},slider:{defaultLabel:`slider between {min} and {max}`,defaultRangeStartLabel:`pick start value`,defaultRangeEndLabel:`pick end value`},table:{emptyText:`No Data`,confirmFilter:`Confirm`,resetFilter:`Reset`,clearFilter:`All`,sumText:`Sum`,selectAllLabel:`Select all rows`,selectRowLabel:`Select this row`,expandRowLabel:`Expand this row`,collapseRowLabel:`Collapse this row`,sortLabel:`Sort by {column}`,filterLabel:`Filter by {column}`},tag:{close:`Close this tag`},tour:{next:`Next`,previous:`Previous`,finish:`Finish`,close:`Close this dialog`},tree:{emptyText:`No Data`},transfer:{noMatch:`No matching data`,noData:`No data`,titles:[`List 1`,`List 2`],filterPlaceholder:`Enter keyword`,noCheckedFormat:`{total} items`,hasCheckedFormat:`{checked}/{total} checked`},image:{error:`FAILED`},pageHeader:{title:`Back`},popconfirm:{confirmButtonText:`Yes`,cancelButtonText:`No`},carousel:{leftArrow:`Carousel arrow left`,rightArrow:`Carousel arrow right`,indicator:`Carousel switch to index {index}`},inputOTP:{groupLabel:`OTP Input`,defaultLabel:`Please enter OTP character {index}`}}},Hi=e=>(t,n)=>Ui(t,n,y(e)),Ui=(e,t,n)=>U(n,e,e).replace(/\{(\w+)\}/g,(e,n)=>{var r;return`${(r=t==null?void 0:t[n])==null?`{${n}}`:r}`}),Wi=e=>({lang:v(()=>y(e).name),locale:h(e)?e:p(e),t:Hi(e)}),Gi=Symbol(`localeContextKey`),Ki=e=>{let t=e||i(Gi,p());return Wi(v(()=>t.value||Vi))},qi=`is-`,Z=(e,t,n,r,i)=>{let a=`${e}-${t}`;return n&&(a+=`-${n}`),r&&(a+=`__${r}`),i&&(a+=`--${i}`),a},Ji=Symbol(`namespaceContextKey`),Yi=e=>{let t=e||(b()?i(Ji,p(`el`)):p(`el`));return v(()=>y(t)||`el`)},Xi=(e,t)=>{let n=Yi(t);return{namespace:n,b:(t=``)=>Z(n.value,e,t,``,``),e:t=>t?Z(n.value,e,``,t,``):``,m:t=>t?Z(n.value,e,``,``,t):``,be:(t,r)=>t&&r?Z(n.value,e,t,r,``):``,em:(t,r)=>t&&r?Z(n.value,e,``,t,r):``,bm:(t,r)=>t&&r?Z(n.value,e,t,``,r):``,bem:(t,r,i)=>t&&r&&i?Z(n.value,e,t,r,i):``,is:(e,...t)=>{let n=t.length>=1?t[0]:!0;return e&&n?`${qi}${e}`:``},cssVar:e=>{let t={};for(let r in e)e[r]&&(t[`--${n.value}-${r}`]=e[r]);return t},cssVarName:e=>`--${n.value}-${e}`,cssVarBlock:t=>{let r={};for(let i in t)t[i]&&(r[`--${n.value}-${e}-${i}`]=t[i]);return r},cssVarBlockName:t=>`--${n.value}-${e}-${t}`}},Zi={current:0},Qi=p(0),$i=2e3,ea=Symbol(`elZIndexContextKey`),ta=Symbol(`zIndexContextKey`),na=e=>{let t=b()?i(ea,Zi):Zi,n=e||(b()?i(ta,void 0):void 0),r=v(()=>{let e=y(n);return pi(e)?e:$i}),a=v(()=>r.value+Qi.value);return!Y&&!i(ea)&&J(`ZIndexInjection`,`Looks like you are using server rendering, you must provide a z-index provider to ensure the hydration process to be succeed
usage: app.provide(ZINDEX_INJECTION_KEY, { current: 0 })`),{initialZIndex:r,currentZIndex:a,nextZIndex:()=>(t.current++,Qi.value=t.current,a.value)}},ra=Ci({type:String,values:me,required:!1}),ia=Symbol(`size`),aa=()=>{let e=i(ia,{});return v(()=>y(e.size)||``)},oa=Symbol(`emptyValuesContextKey`),sa=`use-empty-values`,ca=[``,void 0,null],la=wi({emptyValues:Array,valueOnClear:{type:xi([String,Number,Boolean,Function]),default:void 0,validator:e=>(e=u(e)?e():e,a(e)?e.every(e=>!e):!e)}}),ua=(e,t)=>{let n=b()?i(oa,p({})):p({}),r=v(()=>e.emptyValues||n.value.emptyValues||ca),o=v(()=>u(e.valueOnClear)?e.valueOnClear():e.valueOnClear===void 0?u(n.value.valueOnClear)?n.value.valueOnClear():n.value.valueOnClear===void 0?t===void 0?void 0:t:n.value.valueOnClear:e.valueOnClear),s=e=>{let t=!0;return t=a(e)?r.value.some(t=>si(e,t)):r.value.includes(e),t};return s(o.value)||J(sa,`value-on-clear should be a value of empty-values`),{emptyValues:r,valueOnClear:o,isEmptyValue:s}},da=e=>{let t=e.props,n=a(t)?oi(t.map(e=>[e,{}])):t;e.setPropsDefaults=t=>{if(n){for(let[e,r]of Object.entries(t)){let t=n[e];ie(n,e)&&(Yn(t)?n[e]={...t,default:r}:n[e]={type:t,default:r})}e.props=n}}},fa=(e,t)=>{if(e.install=n=>{for(let r of[e,...Object.values(t==null?{}:t)])n.component(r.name,r)},t)for(let[n,r]of Object.entries(t))e[n]=r;return da(e),e},pa=(e,t)=>(e.install=n=>{e._context=n._context,n.config.globalProperties[t]=e},e),ma=e=>(e.install=ee,da(e),e),ha=Symbol(),Q=p();function ga(e,t=void 0){let n=b()?i(ha,Q):Q;return e?v(()=>{var r,i;return(r=(i=n.value)==null?void 0:i[e])==null?t:r}):n}function _a(e,t){let n=ga(),r=Xi(e,v(()=>{var e;return((e=n.value)==null?void 0:e.namespace)||`el`})),i=Ki(v(()=>{var e;return(e=n.value)==null?void 0:e.locale})),a=na(v(()=>{var e;let t=(e=n.value)==null?void 0:e.zIndex;return ci(t)||Number.isNaN(t)?$i:t})),o=v(()=>{var e;return y(t)||((e=n.value)==null?void 0:e.size)||``});return va(v(()=>y(n)||{})),{ns:r,locale:i,zIndex:a,size:o}}var va=(e,t,n=!1)=>{var r;let i=!!b(),a=i?ga():void 0,o=(r=t==null?void 0:t.provide)==null?i?s:void 0:r;if(!o){J(`provideGlobalConfig`,`provideGlobalConfig() can only be used inside setup().`);return}let c=v(()=>{let t=y(e);return a!=null&&a.value?ya(a.value,t):t});return o(ha,c),o(Gi,v(()=>c.value.locale)),o(Ji,v(()=>c.value.namespace)),o(ta,v(()=>c.value.zIndex)),o(ia,{size:v(()=>c.value.size||``)}),o(oa,v(()=>({emptyValues:c.value.emptyValues,valueOnClear:c.value.valueOnClear}))),(n||!Q.value)&&(Q.value=c.value),c},ya=(e,t)=>{let n=[...new Set([...vi(e),...vi(t)])],r={};for(let i of n)r[i]=t[i]===void 0?e[i]:t[i];return r},ba=t(`
  mutation AdminLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      mustChangePassword
    }
  }
`),xa=t(`
  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),Sa=t(`
  mutation AdminLogout {
    logout
  }
`),Ca=t(`
  query ConsoleContext {
    me { id name phone }
    consoleContext {
      role
      masksPhones
      sections
      home { id name level manageable }
      breadcrumb { id name level manageable }
    }
    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }
  }
`),wa=t(`
  query Breadcrumb($nodeId: ID!) {
    breadcrumb(nodeId: $nodeId) { id name level manageable }
  }
`),Ta=t(`
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
    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }
  }
`),Ea=t(`
  mutation CreateDownloadLink($input: DownloadInput!) {
    createDownloadLink(input: $input) { url expiresAt }
  }
`),Da=t(`
  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
    unit(id: $unitId) {
      id
      name
      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
        totalCount
        pageInfo { hasNextPage endCursor }
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
`),Oa=t(`
  mutation AddLearner($input: AddLearnerInput!) {
    addLearner(input: $input) { id name }
  }
`),ka=t(`
  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
    updateLearner(id: $id, input: $input) { id name }
  }
`),Aa=t(`
  mutation TransferOut($learnerId: ID!) {
    transferOut(learnerId: $learnerId) { id status }
  }
`),ja=t(`
  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }
  }
`),Ma=t(`
  mutation ResetLearnerPassword($learnerId: ID!) {
    resetLearnerPassword(learnerId: $learnerId)
  }
`),Na=t(`
  mutation UnlockLearner($learnerId: ID!) {
    unlockLearner(learnerId: $learnerId)
  }
`),Pa=t(`
  mutation RevealPhone($learnerId: ID!) {
    revealPhone(learnerId: $learnerId)
  }
`),Fa=t(`
  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {
      created
      updated
      unchanged
      dryRun
      written
      errors { row message }
    }
  }
`),Ia=t(`
  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        phone
        phoneMasked
        rank
        unit { id name }
        points(campaignId: $campaignId)
        bestScore(campaignId: $campaignId)
      }
    }
  }
`),La=t(`
  query Children($campaignId: ID!, $nodeId: ID!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      children(orderBy: NAME) { nodeId name isUnit }
    }
  }
`),Ra=t(`
  query ExamSessions($campaignId: ID!, $unitId: ID) {
    examSessions(campaignId: $campaignId, unitId: $unitId) { id kind startsAt endsAt centreName seats booked }
  }
`),za=t(`
  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
    scheduleExamSession(input: $input) { id kind startsAt endsAt }
  }
`),Ba=t(`
  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {
    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, first: 100) {
      totalCount
      nodes {
        id
        status
        reason
        appliedAt
        attachmentName
        learner { id name phone unit { name } }
        decisions { approve comment overrule decidedAt decidedBy }
      }
    }
  }
`),Va=t(`
  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }
  }
`),Ha=t(`
  query Notices {
    notices(first: 50) { nodes { id title body postedAt region { name } } }
  }
`),Ua=t(`
  mutation PostNotice($input: PostNoticeInput!) {
    postNotice(input: $input) { id }
  }
`),Wa=t(`
  query AuditLog($nodeId: ID!, $first: Int!, $after: String) {
    auditLog(nodeId: $nodeId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at action actor targetKind targetId before after late }
    }
  }
`),Ga=t(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) { id role }
  }
`),$=ne({loaded:!1,name:``,context:null,campaign:null});function Ka(){async function t(e=!1){var t;if($.loaded&&!e)return;let r=await n(Ca);$.name=r.me.name,$.context=r.consoleContext,$.campaign=(t=r.currentCampaign)==null?null:t,$.loaded=!0}function r(e){var t,n;return(t=(n=$.context)==null?void 0:n.sections.includes(e))!=null&&t}async function i(){try{await n(Sa)}catch{}a()}function a(){e(null),$.loaded=!1,$.context=null,$.campaign=null}return{state:$,load:t,may:r,logout:i,forget:a}}export{Ei as $,C as $t,pa as A,Ln as At,Di as B,ot as Bt,Aa as C,W as Ct,_a as D,U as Dt,va as E,Vn as Et,ra as F,Jt as Ft,ki as G,et as Gt,Mi as H,rt as Ht,na as I,Gt as It,Oi as J,k as Jt,Ri as K,Ze as Kt,Yi as L,N as Lt,ua as M,rn as Mt,la as N,Qt as Nt,ga as O,Bn as Ot,aa as P,Xt as Pt,J as Q,E as Qt,Xi as R,ht as Rt,ja as S,rr as St,ka as T,Hn as Tt,ji as U,M as Ut,Y as V,at as Vt,X as W,tt as Wt,zi as X,De as Xt,Li as Y,O as Yt,Bi as Z,D as Zt,Ua as _,wr as _t,ba as a,fi as at,Da as b,sr as bt,La as c,pi as ct,Va as d,di as dt,S as en,Ci as et,Ra as f,li as ft,Ha as g,ai as gt,Fa as h,oi as ht,xa as i,pe as in,vi as it,ma as j,sn as jt,fa as k,zn as kt,Ea as l,gi as lt,Ga as m,si as mt,Ia as n,ue as nn,xi as nt,Wa as o,hi as ot,Ba as p,ci as pt,Ii as q,Ie as qt,Oa as r,de as rn,yi as rt,wa as s,mi as st,Ka as t,me as tn,wi as tt,Ta as u,_i as ut,Ma as v,Cr as vt,Na as w,Yn as wt,za as x,or as xt,Pa as y,cr as yt,Ki as z,ct as zt};