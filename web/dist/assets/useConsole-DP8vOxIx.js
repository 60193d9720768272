import{Ct as e,G as t,It as n,M as r,Mt as i,O as a,Ot as o,Pt as s,Vt as c,_t as l,at as u,c as d,ct as f,dt as p,ft as m,gt as h,it as g,lt as ee,mt as _,o as v,pt as te,rt as ne,t as y,v as b,wt as re,xt as x}from"./gql-B5HC2SOW.js";var ie=[``,`default`,`small`,`large`],ae=typeof global==`object`&&global&&global.Object===Object&&global,oe=typeof self==`object`&&self&&self.Object===Object&&self,S=ae||oe||Function(`return this`)(),C=S.Symbol,se=Object.prototype,ce=se.hasOwnProperty,le=se.toString,w=C?C.toStringTag:void 0;function ue(e){var t=ce.call(e,w),n=e[w];try{e[w]=void 0;var r=!0}catch{}var i=le.call(e);return r&&(t?e[w]=n:delete e[w]),i}var de=Object.prototype.toString;function fe(e){return de.call(e)}var pe=`[object Null]`,me=`[object Undefined]`,he=C?C.toStringTag:void 0;function T(e){return e==null?e===void 0?me:pe:he&&he in Object(e)?ue(e):fe(e)}function E(e){return typeof e==`object`&&!!e}var ge=`[object Symbol]`;function D(e){return typeof e==`symbol`||E(e)&&T(e)==ge}function _e(e,t){for(var n=-1,r=e==null?0:e.length,i=Array(r);++n<r;)i[n]=t(e[n],n,e);return i}var O=Array.isArray,ve=1/0,ye=C?C.prototype:void 0,be=ye?ye.toString:void 0;function xe(e){if(typeof e==`string`)return e;if(O(e))return _e(e,xe)+``;if(D(e))return be?be.call(e):``;var t=e+``;return t==`0`&&1/e==-ve?`-0`:t}function k(e){var t=typeof e;return e!=null&&(t==`object`||t==`function`)}var Se=`[object AsyncFunction]`,Ce=`[object Function]`,we=`[object GeneratorFunction]`,Te=`[object Proxy]`;function Ee(e){if(!k(e))return!1;var t=T(e);return t==Ce||t==we||t==Se||t==Te}var De=S[`__core-js_shared__`],Oe=function(){var e=/[^.]+$/.exec(De&&De.keys&&De.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}();function ke(e){return!!Oe&&Oe in e}var Ae=Function.prototype.toString;function A(e){if(e!=null){try{return Ae.call(e)}catch{}try{return e+``}catch{}}return``}var je=/[\\^$.*+?()[\]{}|]/g,Me=/^\[object .+?Constructor\]$/,Ne=Function.prototype,Pe=Object.prototype,Fe=Ne.toString,Ie=Pe.hasOwnProperty,Le=RegExp(`^`+Fe.call(Ie).replace(je,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`);function Re(e){return!k(e)||ke(e)?!1:(Ee(e)?Le:Me).test(A(e))}function ze(e,t){return e==null?void 0:e[t]}function j(e,t){var n=ze(e,t);return Re(n)?n:void 0}var Be=j(S,`WeakMap`),Ve=function(){try{var e=j(Object,`defineProperty`);return e({},``,{}),e}catch{}}(),He=9007199254740991,Ue=/^(?:0|[1-9]\d*)$/;function We(e,t){var n=typeof e;return t=t==null?He:t,!!t&&(n==`number`||n!=`symbol`&&Ue.test(e))&&e>-1&&e%1==0&&e<t}function Ge(e,t,n){t==`__proto__`&&Ve?Ve(e,t,{configurable:!0,enumerable:!0,value:n,writable:!0}):e[t]=n}function M(e,t){return e===t||e!==e&&t!==t}var Ke=Object.prototype.hasOwnProperty;function qe(e,t,n){var r=e[t];(!(Ke.call(e,t)&&M(r,n))||n===void 0&&!(t in e))&&Ge(e,t,n)}var Je=9007199254740991;function Ye(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=Je}function Xe(e){return e!=null&&Ye(e.length)&&!Ee(e)}var Ze=Object.prototype;function Qe(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||Ze)}function $e(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}var et=`[object Arguments]`;function tt(e){return E(e)&&T(e)==et}var nt=Object.prototype,rt=nt.hasOwnProperty,it=nt.propertyIsEnumerable,at=tt(function(){return arguments}())?tt:function(e){return E(e)&&rt.call(e,`callee`)&&!it.call(e,`callee`)};function ot(){return!1}var st=typeof exports==`object`&&exports&&!exports.nodeType&&exports,ct=st&&typeof module==`object`&&module&&!module.nodeType&&module,lt=ct&&ct.exports===st?S.Buffer:void 0,N=(lt?lt.isBuffer:void 0)||ot,ut=`[object Arguments]`,dt=`[object Array]`,ft=`[object Boolean]`,pt=`[object Date]`,mt=`[object Error]`,ht=`[object Function]`,gt=`[object Map]`,_t=`[object Number]`,vt=`[object Object]`,yt=`[object RegExp]`,bt=`[object Set]`,xt=`[object String]`,St=`[object WeakMap]`,Ct=`[object ArrayBuffer]`,wt=`[object DataView]`,Tt=`[object Float32Array]`,Et=`[object Float64Array]`,Dt=`[object Int8Array]`,Ot=`[object Int16Array]`,kt=`[object Int32Array]`,At=`[object Uint8Array]`,jt=`[object Uint8ClampedArray]`,Mt=`[object Uint16Array]`,Nt=`[object Uint32Array]`,P={};P[Tt]=P[Et]=P[Dt]=P[Ot]=P[kt]=P[At]=P[jt]=P[Mt]=P[Nt]=!0,P[ut]=P[dt]=P[Ct]=P[ft]=P[wt]=P[pt]=P[mt]=P[ht]=P[gt]=P[_t]=P[vt]=P[yt]=P[bt]=P[xt]=P[St]=!1;function Pt(e){return E(e)&&Ye(e.length)&&!!P[T(e)]}function Ft(e){return function(t){return e(t)}}var It=typeof exports==`object`&&exports&&!exports.nodeType&&exports,F=It&&typeof module==`object`&&module&&!module.nodeType&&module,Lt=F&&F.exports===It&&ae.process,Rt=function(){try{return F&&F.require&&F.require(`util`).types||Lt&&Lt.binding&&Lt.binding(`util`)}catch{}}(),zt=Rt&&Rt.isTypedArray,Bt=zt?Ft(zt):Pt,Vt=Object.prototype.hasOwnProperty;function Ht(e,t){var n=O(e),r=!n&&at(e),i=!n&&!r&&N(e),a=!n&&!r&&!i&&Bt(e),o=n||r||i||a,s=o?$e(e.length,String):[],c=s.length;for(var l in e)(t||Vt.call(e,l))&&!(o&&(l==`length`||i&&(l==`offset`||l==`parent`)||a&&(l==`buffer`||l==`byteLength`||l==`byteOffset`)||We(l,c)))&&s.push(l);return s}function Ut(e,t){return function(n){return e(t(n))}}var Wt=Ut(Object.keys,Object),Gt=Object.prototype.hasOwnProperty;function Kt(e){if(!Qe(e))return Wt(e);var t=[];for(var n in Object(e))Gt.call(e,n)&&n!=`constructor`&&t.push(n);return t}function qt(e){return Xe(e)?Ht(e):Kt(e)}var Jt=/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/,Yt=/^\w*$/;function Xt(e,t){if(O(e))return!1;var n=typeof e;return n==`number`||n==`symbol`||n==`boolean`||e==null||D(e)?!0:Yt.test(e)||!Jt.test(e)||t!=null&&e in Object(t)}var I=j(Object,`create`);function Zt(){this.__data__=I?I(null):{},this.size=0}function Qt(e){var t=this.has(e)&&delete this.__data__[e];return this.size-=+!!t,t}var $t=`__lodash_hash_undefined__`,en=Object.prototype.hasOwnProperty;function tn(e){var t=this.__data__;if(I){var n=t[e];return n===$t?void 0:n}return en.call(t,e)?t[e]:void 0}var nn=Object.prototype.hasOwnProperty;function rn(e){var t=this.__data__;return I?t[e]!==void 0:nn.call(t,e)}var an=`__lodash_hash_undefined__`;function on(e,t){var n=this.__data__;return this.size+=+!this.has(e),n[e]=I&&t===void 0?an:t,this}function L(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}L.prototype.clear=Zt,L.prototype.delete=Qt,L.prototype.get=tn,L.prototype.has=rn,L.prototype.set=on;function sn(){this.__data__=[],this.size=0}function R(e,t){for(var n=e.length;n--;)if(M(e[n][0],t))return n;return-1}var cn=Array.prototype.splice;function ln(e){var t=this.__data__,n=R(t,e);return n<0?!1:(n==t.length-1?t.pop():cn.call(t,n,1),--this.size,!0)}function un(e){var t=this.__data__,n=R(t,e);return n<0?void 0:t[n][1]}function dn(e){return R(this.__data__,e)>-1}function fn(e,t){var n=this.__data__,r=R(n,e);return r<0?(++this.size,n.push([e,t])):n[r][1]=t,this}function z(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}z.prototype.clear=sn,z.prototype.delete=ln,z.prototype.get=un,z.prototype.has=dn,z.prototype.set=fn;var B=j(S,`Map`);function pn(){this.size=0,this.__data__={hash:new L,map:new(B||z),string:new L}}function mn(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function V(e,t){var n=e.__data__;return mn(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function hn(e){var t=V(this,e).delete(e);return this.size-=+!!t,t}function gn(e){return V(this,e).get(e)}function _n(e){return V(this,e).has(e)}function vn(e,t){var n=V(this,e),r=n.size;return n.set(e,t),this.size+=n.size==r?0:1,this}function H(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}H.prototype.clear=pn,H.prototype.delete=hn,H.prototype.get=gn,H.prototype.has=_n,H.prototype.set=vn;var yn=`Expected a function`;function bn(e,t){if(typeof e!=`function`||t!=null&&typeof t!=`function`)throw TypeError(yn);var n=function(){var r=arguments,i=t?t.apply(this,r):r[0],a=n.cache;if(a.has(i))return a.get(i);var o=e.apply(this,r);return n.cache=a.set(i,o)||a,o};return n.cache=new(bn.Cache||H),n}bn.Cache=H;var xn=500;function Sn(e){var t=bn(e,function(e){return n.size===xn&&n.clear(),e}),n=t.cache;return t}var Cn=/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,wn=/\\(\\)?/g,Tn=Sn(function(e){var t=[];return e.charCodeAt(0)===46&&t.push(``),e.replace(Cn,function(e,n,r,i){t.push(r?i.replace(wn,`$1`):n||e)}),t});function En(e){return e==null?``:xe(e)}function Dn(e,t){return O(e)?e:Xt(e,t)?[e]:Tn(En(e))}var On=1/0;function U(e){if(typeof e==`string`||D(e))return e;var t=e+``;return t==`0`&&1/e==-On?`-0`:t}function kn(e,t){t=Dn(t,e);for(var n=0,r=t.length;e!=null&&n<r;)e=e[U(t[n++])];return n&&n==r?e:void 0}function An(e,t,n){var r=e==null?void 0:kn(e,t);return r===void 0?n:r}function jn(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}var Mn=Ut(Object.getPrototypeOf,Object),Nn=`[object Object]`,Pn=Function.prototype,Fn=Object.prototype,In=Pn.toString,Ln=Fn.hasOwnProperty,Rn=In.call(Object);function zn(e){if(!E(e)||T(e)!=Nn)return!1;var t=Mn(e);if(t===null)return!0;var n=Ln.call(t,`constructor`)&&t.constructor;return typeof n==`function`&&n instanceof n&&In.call(n)==Rn}function Bn(){this.__data__=new z,this.size=0}function Vn(e){var t=this.__data__,n=t.delete(e);return this.size=t.size,n}function Hn(e){return this.__data__.get(e)}function Un(e){return this.__data__.has(e)}var Wn=200;function Gn(e,t){var n=this.__data__;if(n instanceof z){var r=n.__data__;if(!B||r.length<Wn-1)return r.push([e,t]),this.size=++n.size,this;n=this.__data__=new H(r)}return n.set(e,t),this.size=n.size,this}function W(e){var t=this.__data__=new z(e);this.size=t.size}W.prototype.clear=Bn,W.prototype.delete=Vn,W.prototype.get=Hn,W.prototype.has=Un,W.prototype.set=Gn;function Kn(e,t){for(var n=-1,r=e==null?0:e.length,i=0,a=[];++n<r;){var o=e[n];t(o,n,e)&&(a[i++]=o)}return a}function qn(){return[]}var Jn=Object.prototype.propertyIsEnumerable,Yn=Object.getOwnPropertySymbols,Xn=Yn?function(e){return e==null?[]:(e=Object(e),Kn(Yn(e),function(t){return Jn.call(e,t)}))}:qn;function Zn(e,t,n){var r=t(e);return O(e)?r:jn(r,n(e))}function Qn(e){return Zn(e,qt,Xn)}var $n=j(S,`DataView`),er=j(S,`Promise`),tr=j(S,`Set`),nr=`[object Map]`,rr=`[object Object]`,ir=`[object Promise]`,ar=`[object Set]`,or=`[object WeakMap]`,sr=`[object DataView]`,cr=A($n),lr=A(B),ur=A(er),dr=A(tr),fr=A(Be),G=T;($n&&G(new $n(new ArrayBuffer(1)))!=sr||B&&G(new B)!=nr||er&&G(er.resolve())!=ir||tr&&G(new tr)!=ar||Be&&G(new Be)!=or)&&(G=function(e){var t=T(e),n=t==rr?e.constructor:void 0,r=n?A(n):``;if(r)switch(r){case cr:return sr;case lr:return nr;case ur:return ir;case dr:return ar;case fr:return or}return t});var pr=G,mr=S.Uint8Array,hr=`__lodash_hash_undefined__`;function gr(e){return this.__data__.set(e,hr),this}function _r(e){return this.__data__.has(e)}function K(e){var t=-1,n=e==null?0:e.length;for(this.__data__=new H;++t<n;)this.add(e[t])}K.prototype.add=K.prototype.push=gr,K.prototype.has=_r;function vr(e,t){for(var n=-1,r=e==null?0:e.length;++n<r;)if(t(e[n],n,e))return!0;return!1}function yr(e,t){return e.has(t)}var br=1,xr=2;function Sr(e,t,n,r,i,a){var o=n&br,s=e.length,c=t.length;if(s!=c&&!(o&&c>s))return!1;var l=a.get(e),u=a.get(t);if(l&&u)return l==t&&u==e;var d=-1,f=!0,p=n&xr?new K:void 0;for(a.set(e,t),a.set(t,e);++d<s;){var m=e[d],h=t[d];if(r)var g=o?r(h,m,d,t,e,a):r(m,h,d,e,t,a);if(g!==void 0){if(g)continue;f=!1;break}if(p){if(!vr(t,function(e,t){if(!yr(p,t)&&(m===e||i(m,e,n,r,a)))return p.push(t)})){f=!1;break}}else if(!(m===h||i(m,h,n,r,a))){f=!1;break}}return a.delete(e),a.delete(t),f}function Cr(e){var t=-1,n=Array(e.size);return e.forEach(function(e,r){n[++t]=[r,e]}),n}function wr(e){var t=-1,n=Array(e.size);return e.forEach(function(e){n[++t]=e}),n}var Tr=1,Er=2,Dr=`[object Boolean]`,Or=`[object Date]`,kr=`[object Error]`,Ar=`[object Map]`,jr=`[object Number]`,Mr=`[object RegExp]`,Nr=`[object Set]`,Pr=`[object String]`,Fr=`[object Symbol]`,Ir=`[object ArrayBuffer]`,Lr=`[object DataView]`,Rr=C?C.prototype:void 0,zr=Rr?Rr.valueOf:void 0;function Br(e,t,n,r,i,a,o){switch(n){case Lr:if(e.byteLength!=t.byteLength||e.byteOffset!=t.byteOffset)return!1;e=e.buffer,t=t.buffer;case Ir:return!(e.byteLength!=t.byteLength||!a(new mr(e),new mr(t)));case Dr:case Or:case jr:return M(+e,+t);case kr:return e.name==t.name&&e.message==t.message;case Mr:case Pr:return e==t+``;case Ar:var s=Cr;case Nr:var c=r&Tr;if(s||(s=wr),e.size!=t.size&&!c)return!1;var l=o.get(e);if(l)return l==t;r|=Er,o.set(e,t);var u=Sr(s(e),s(t),r,i,a,o);return o.delete(e),u;case Fr:if(zr)return zr.call(e)==zr.call(t)}return!1}var Vr=1,Hr=Object.prototype.hasOwnProperty;function Ur(e,t,n,r,i,a){var o=n&Vr,s=Qn(e),c=s.length;if(c!=Qn(t).length&&!o)return!1;for(var l=c;l--;){var u=s[l];if(!(o?u in t:Hr.call(t,u)))return!1}var d=a.get(e),f=a.get(t);if(d&&f)return d==t&&f==e;var p=!0;a.set(e,t),a.set(t,e);for(var m=o;++l<c;){u=s[l];var h=e[u],g=t[u];if(r)var ee=o?r(g,h,u,t,e,a):r(h,g,u,e,t,a);if(!(ee===void 0?h===g||i(h,g,n,r,a):ee)){p=!1;break}m||(m=u==`constructor`)}if(p&&!m){var _=e.constructor,v=t.constructor;_!=v&&`constructor`in e&&`constructor`in t&&!(typeof _==`function`&&_ instanceof _&&typeof v==`function`&&v instanceof v)&&(p=!1)}return a.delete(e),a.delete(t),p}var Wr=1,Gr=`[object Arguments]`,Kr=`[object Array]`,q=`[object Object]`,qr=Object.prototype.hasOwnProperty;function Jr(e,t,n,r,i,a){var o=O(e),s=O(t),c=o?Kr:pr(e),l=s?Kr:pr(t);c=c==Gr?q:c,l=l==Gr?q:l;var u=c==q,d=l==q,f=c==l;if(f&&N(e)){if(!N(t))return!1;o=!0,u=!1}if(f&&!u)return a||(a=new W),o||Bt(e)?Sr(e,t,n,r,i,a):Br(e,t,c,n,r,i,a);if(!(n&Wr)){var p=u&&qr.call(e,`__wrapped__`),m=d&&qr.call(t,`__wrapped__`);if(p||m){var h=p?e.value():e,g=m?t.value():t;return a||(a=new W),i(h,g,n,r,a)}}return f?(a||(a=new W),Ur(e,t,n,r,i,a)):!1}function Yr(e,t,n,r,i){return e===t?!0:e==null||t==null||!E(e)&&!E(t)?e!==e&&t!==t:Jr(e,t,n,r,Yr,i)}function Xr(e){for(var t=-1,n=e==null?0:e.length,r={};++t<n;){var i=e[t];Ge(r,i[0],i[1])}return r}function Zr(e,t){return Yr(e,t)}function Qr(e){return e==null}function $r(e,t,n,r){if(!k(e))return e;t=Dn(t,e);for(var i=-1,a=t.length,o=a-1,s=e;s!=null&&++i<a;){var c=U(t[i]),l=n;if(c===`__proto__`||c===`constructor`||c===`prototype`)return e;if(i!=o){var u=s[c];l=r?r(u,c,s):void 0,l===void 0&&(l=k(u)?u:We(t[i+1])?[]:{})}qe(s,c,l),s=s[c]}return e}function ei(e,t,n){return e==null?e:$r(e,t,n)}var ti=e=>e===void 0,ni=e=>typeof e==`boolean`,ri=e=>typeof e==`number`,ii=e=>!e&&e!==0||i(e)&&e.length===0||n(e)&&!Object.keys(e).length,ai=e=>typeof Element>`u`?!1:e instanceof Element,oi=e=>Qr(e),si=e=>c(e)?!Number.isNaN(Number(e)):!1,ci=e=>Object.keys(e),li=(e,t,n)=>({get value(){return An(e,t,n)},set value(n){ei(e,t,n)}}),ui=`__epPropKey`,di=e=>e,fi=e=>n(e)&&!!e.__epPropKey,pi=(e,t)=>{if(!n(e)||fi(e))return e;let{values:r,required:i,default:a,type:s,validator:c}=e,l={type:s,required:!!i,validator:r||c?n=>{let i=!1,s=[];if(r&&(s=Array.from(r),o(e,`default`)&&s.push(a),i||(i=s.includes(n))),c&&(i||(i=c(n))),!i&&s.length>0){let e=[...new Set(s)].map(e=>JSON.stringify(e)).join(`, `);ne(`Invalid prop: validation failed${t?` for prop "${t}"`:``}. Expected one of [${e}], got value ${JSON.stringify(n)}.`)}return i}:void 0,[ui]:!0};return o(e,`default`)&&(l.default=a),l},mi=e=>Xr(Object.entries(e).map(([e,t])=>[e,pi(t,e)])),hi=class extends Error{constructor(e){super(e),this.name=`ElementPlusError`}};function gi(e,t){throw new hi(`[${e}] ${t}`)}function J(e,t){{let n=c(e)?new hi(`[${e}] ${t}`):e;console.warn(n)}}function _i(e,t){var n;let r=l();return u(()=>{r.value=e()},{...t,flush:(n=t==null?void 0:t.flush)==null?`sync`:n}),te(r)}function vi(e,t){return f()?(p(e,t),!0):!1}var Y=typeof window<`u`&&typeof document<`u`;typeof WorkerGlobalScope<`u`&&globalThis instanceof WorkerGlobalScope;var yi=e=>e!=null,bi=Object.prototype.toString,xi=e=>bi.call(e)===`[object Object]`,X=()=>{},Si=Ci();function Ci(){var e,t,n;return Y&&!!((e=window)!=null&&(e=e.navigator)!=null&&e.userAgent)&&(/iP(?:ad|hone|od)/.test(window.navigator.userAgent)||((t=window)==null||(t=t.navigator)==null?void 0:t.maxTouchPoints)>2&&/iPad|Macintosh/.test((n=window)==null?void 0:n.navigator.userAgent))}function wi(e,t){function n(...n){return new Promise((r,i)=>{Promise.resolve(e(()=>t.apply(this,n),{fn:t,thisArg:this,args:n})).then(r).catch(i)})}return`cancel`in e&&Object.assign(n,{cancel:e.cancel,flush:e.flush,isPending:e.isPending}),n}function Ti(e,t={}){let n,r,i=X,a=X,o=l(!1),s=e=>{clearTimeout(e),i(),i=X},c;return Object.assign(l=>{let u=x(e),d=x(t.maxWait);return n&&s(n),u<=0||d!==void 0&&d<=0?(r&&(s(r),r=void 0),o.value=!1,Promise.resolve(l())):(o.value=!0,new Promise((e,f)=>{i=t.rejectOnCancel?f:e,a=e,c=l,d&&!r&&(r=setTimeout(()=>{n&&s(n),r=void 0,o.value=!1,e(c())},d)),n=setTimeout(()=>{r&&s(r),r=void 0,o.value=!1,e(l())},u)}))},{cancel:()=>{n&&(s(n),n=void 0),r&&(s(r),r=void 0),o.value=!1,a=X},flush:()=>{if(o.value){n&&(clearTimeout(n),n=void 0),r&&(clearTimeout(r),r=void 0),o.value=!1;let e=a;i=X,a=X,e(c())}},isPending:h(o)})}function Ei(e){return Array.isArray(e)?e:[e]}function Di(e,t=200,n={}){return wi(Ti(t,n),e)}function Oi(e,t=200,n={}){let r=_(x(e)),i=Di(()=>{r.value=e.value},t,n);return g(e,()=>i()),h(r)}function ki(e,t,n={}){let{immediate:r=!0,immediateCallback:i=!1}=n,a=l(!1),o;function s(){o&&(clearTimeout(o),o=void 0)}function c(){a.value=!1,s()}function u(...n){i&&e(),s(),a.value=!0,o=setTimeout(()=>{a.value=!1,o=void 0,e(...n)},x(t))}return r&&(a.value=!0,Y&&u()),vi(c),{isPending:h(a),start:u,stop:c}}function Ai(e,t,n){return g(e,t,{...n,immediate:!0})}var ji={name:`en`,el:{breadcrumb:{label:`Breadcrumb`},colorpicker:{confirm:`OK`,clear:`Clear`,defaultLabel:`color picker`,description:`current color is {color}. press enter to select a new color.`,alphaLabel:`pick alpha value`,alphaDescription:`alpha {alpha}, current color is {color}`,hueLabel:`pick hue value`,hueDescription:`hue {hue}, current color is {color}`,svLabel:`pick saturation and brightness value`,svDescription:`saturation {saturation}, brightness {brightness}, current color is {color}`,predefineDescription:`select {value} as the color`},datepicker:{now:`Now`,today:`Today`,cancel:`Cancel`,clear:`Clear`,confirm:`OK`,dateTablePrompt:`Use the arrow keys and enter to select the day of the month`,monthTablePrompt:`Use the arrow keys and enter to select the month`,quarterTablePrompt:`Use the arrow keys and enter to select the quarter`,yearTablePrompt:`Use the arrow keys and enter to select the year`,selectedDate:`Selected date`,selectDate:`Select date`,selectTime:`Select time`,startDate:`Start Date`,startTime:`Start Time`,endDate:`End Date`,endTime:`End Time`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,year:``,month1:`January`,month2:`February`,month3:`March`,month4:`April`,month5:`May`,month6:`June`,month7:`July`,month8:`August`,month9:`September`,month10:`October`,month11:`November`,month12:`December`,weeks:{sun:`Sun`,mon:`Mon`,tue:`Tue`,wed:`Wed`,thu:`Thu`,fri:`Fri`,sat:`Sat`},weeksFull:{sun:`Sunday`,mon:`Monday`,tue:`Tuesday`,wed:`Wednesday`,thu:`Thursday`,fri:`Friday`,sat:`Saturday`},months:{jan:`Jan`,feb:`Feb`,mar:`Mar`,apr:`Apr`,may:`May`,jun:`Jun`,jul:`Jul`,aug:`Aug`,sep:`Sep`,oct:`Oct`,nov:`Nov`,dec:`Dec`}},input:{characters:`{count} / {max} characters`},inputNumber:{decrease:`decrease number`,increase:`increase number`},select:{loading:`Loading`,noMatch:`No matching data`,noData:`No data`,placeholder:`Select`},mention:{loading:`Loading`},dropdown:{toggleDropdown:`Toggle Dropdown`},cascader:{noMatch:`No matching data`,loading:`Loading`,placeholder:`Select`,noData:`No data`},pagination:{goto:`Go to`,pagesize:`/page`,total:`Total {total}`,pageClassifier:``,page:`Page`,prev:`Go to previous page`,next:`Go to next page`,currentPage:`page {pager}`,prevPages:`Previous {pager} pages`,nextPages:`Next {pager} pages`,deprecationWarning:`Deprecated usages detected, please refer to the el-pagination documentation for more details`},dialog:{close:`Close this dialog`},drawer:{close:`Close this dialog`},messagebox:{title:`Message`,confirm:`OK`,cancel:`Cancel`,error:`Illegal input`,close:`Close this dialog`},upload:{deleteTip:`press delete to remove`,delete:`Delete`,preview:`Preview`,continue:`Continue`},slider:{defaultLabel:`slider between {min} and {max}`,defaultRangeStartLabel:`pick start value`,defaultRangeEndLabel:`pick end value`},table:{emptyText:`No Data`,confirmFilter:`Confirm`,resetFilter:`Reset`,clearFilter:`All`,sumText:`Sum`,selectAllLabel:`Select all rows`,selectRowLabel:`Select this row`,expandRowLabel:`Expand this row`,collapseRowLabel:`Collapse this row`,sortLabel:`Sort by {column}`,filterLabel:`Filter by {column}`},tag:{close:`Close this tag`},tour:{next:`Next`,previous:`Previous`,finish:`Finish`,close:`Close this dialog`},tree:{emptyText:`No Data`},transfer:{noMatch:`No matching data`,noData:`No data`,titles:[`List 1`,`List 2`],filterPlaceholder:`Enter keyword`,noCheckedFormat:`{total} items`,hasCheckedFormat:`{checked}/{total} checked`},image:{error:`FAILED`},pageHeader:{title:`Back`},popconfirm:{confirmButtonText:`Yes`,cancelButtonText:`No`},carousel:{leftArrow:`Carousel arrow left`,rightArrow:`Carousel arrow right`,indicator:`Carousel switch to index {index}`},inputOTP:{groupLabel:`OTP Input`,defaultLabel:`Please enter OTP character {index}`}}},Mi=t=>(n,r)=>Ni(n,r,e(t)),Ni=(e,t,n)=>An(n,e,e).replace(/\{(\w+)\}/g,(e,n)=>{var r;return`${(r=t==null?void 0:t[n])==null?`{${n}}`:r}`}),Pi=t=>({lang:b(()=>e(t).name),locale:ee(t)?t:_(t),t:Mi(t)}),Fi=Symbol(`localeContextKey`),Ii=e=>{let t=e||r(Fi,_());return Pi(b(()=>t.value||ji))},Li=`is-`,Z=(e,t,n,r,i)=>{let a=`${e}-${t}`;return n&&(a+=`-${n}`),r&&(a+=`__${r}`),i&&(a+=`--${i}`),a},Ri=Symbol(`namespaceContextKey`),zi=t=>{let n=t||(a()?r(Ri,_(`el`)):_(`el`));return b(()=>e(n)||`el`)},Bi=(e,t)=>{let n=zi(t);return{namespace:n,b:(t=``)=>Z(n.value,e,t,``,``),e:t=>t?Z(n.value,e,``,t,``):``,m:t=>t?Z(n.value,e,``,``,t):``,be:(t,r)=>t&&r?Z(n.value,e,t,r,``):``,em:(t,r)=>t&&r?Z(n.value,e,``,t,r):``,bm:(t,r)=>t&&r?Z(n.value,e,t,``,r):``,bem:(t,r,i)=>t&&r&&i?Z(n.value,e,t,r,i):``,is:(e,...t)=>{let n=t.length>=1?t[0]:!0;return e&&n?`${Li}${e}`:``},cssVar:e=>{let t={};for(let r in e)e[r]&&(t[`--${n.value}-${r}`]=e[r]);return t},cssVarName:e=>`--${n.value}-${e}`,cssVarBlock:t=>{let r={};for(let i in t)t[i]&&(r[`--${n.value}-${e}-${i}`]=t[i]);return r},cssVarBlockName:t=>`--${n.value}-${e}-${t}`}},Vi={current:0},Hi=_(0),Ui=2e3,Wi=Symbol(`elZIndexContextKey`),Gi=Symbol(`zIndexContextKey`),Ki=t=>{let n=a()?r(Wi,Vi):Vi,i=t||(a()?r(Gi,void 0):void 0),o=b(()=>{let t=e(i);return ri(t)?t:Ui}),s=b(()=>o.value+Hi.value);return!Y&&!r(Wi)&&J(`ZIndexInjection`,`Looks like you are using server rendering, you must provide a z-index provider to ensure the hydration process to be succeed
usage: app.provide(ZINDEX_INJECTION_KEY, { current: 0 })`),{initialZIndex:o,currentZIndex:s,nextZIndex:()=>(n.current++,Hi.value=n.current,s.value)}},qi=pi({type:String,values:ie,required:!1}),Ji=Symbol(`size`),Yi=()=>{let t=r(Ji,{});return b(()=>e(t.size)||``)},Xi=Symbol(`emptyValuesContextKey`),Zi=`use-empty-values`,Qi=[``,void 0,null],$i=mi({emptyValues:Array,valueOnClear:{type:di([String,Number,Boolean,Function]),default:void 0,validator:e=>(e=s(e)?e():e,i(e)?e.every(e=>!e):!e)}}),ea=(e,t)=>{let n=a()?r(Xi,_({})):_({}),o=b(()=>e.emptyValues||n.value.emptyValues||Qi),c=b(()=>s(e.valueOnClear)?e.valueOnClear():e.valueOnClear===void 0?s(n.value.valueOnClear)?n.value.valueOnClear():n.value.valueOnClear===void 0?t===void 0?void 0:t:n.value.valueOnClear:e.valueOnClear),l=e=>{let t=!0;return t=i(e)?o.value.some(t=>Zr(e,t)):o.value.includes(e),t};return l(c.value)||J(Zi,`value-on-clear should be a value of empty-values`),{emptyValues:o,valueOnClear:c,isEmptyValue:l}},ta=e=>{let t=e.props,n=i(t)?Xr(t.map(e=>[e,{}])):t;e.setPropsDefaults=t=>{if(n){for(let[e,r]of Object.entries(t)){let t=n[e];o(n,e)&&(zn(t)?n[e]={...t,default:r}:n[e]={type:t,default:r})}e.props=n}}},na=(e,t)=>{if(e.install=n=>{for(let r of[e,...Object.values(t==null?{}:t)])n.component(r.name,r)},t)for(let[n,r]of Object.entries(t))e[n]=r;return ta(e),e},ra=(e,t)=>(e.install=n=>{e._context=n._context,n.config.globalProperties[t]=e},e),ia=e=>(e.install=re,ta(e),e),aa=Symbol(),Q=_();function oa(e,t=void 0){let n=a()?r(aa,Q):Q;return e?b(()=>{var r,i;return(r=(i=n.value)==null?void 0:i[e])==null?t:r}):n}function sa(t,n){let r=oa(),i=Bi(t,b(()=>{var e;return((e=r.value)==null?void 0:e.namespace)||`el`})),a=Ii(b(()=>{var e;return(e=r.value)==null?void 0:e.locale})),o=Ki(b(()=>{var e;let t=(e=r.value)==null?void 0:e.zIndex;return Qr(t)||Number.isNaN(t)?Ui:t})),s=b(()=>{var t;return e(n)||((t=r.value)==null?void 0:t.size)||``});return ca(b(()=>e(r)||{})),{ns:i,locale:a,zIndex:o,size:s}}var ca=(n,r,i=!1)=>{var o;let s=!!a(),c=s?oa():void 0,l=(o=r==null?void 0:r.provide)==null?s?t:void 0:o;if(!l){J(`provideGlobalConfig`,`provideGlobalConfig() can only be used inside setup().`);return}let u=b(()=>{let t=e(n);return c!=null&&c.value?la(c.value,t):t});return l(aa,u),l(Fi,b(()=>u.value.locale)),l(Ri,b(()=>u.value.namespace)),l(Gi,b(()=>u.value.zIndex)),l(Ji,{size:b(()=>u.value.size||``)}),l(Xi,b(()=>({emptyValues:u.value.emptyValues,valueOnClear:u.value.valueOnClear}))),(i||!Q.value)&&(Q.value=u.value),u},la=(e,t)=>{let n=[...new Set([...ci(e),...ci(t)])],r={};for(let i of n)r[i]=t[i]===void 0?e[i]:t[i];return r},ua=y(`
  mutation AdminLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      mustChangePassword
    }
  }
`),da=y(`
  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),fa=y(`
  mutation AdminLogout {
    logout
  }
`),pa=y(`
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
`),ma=y(`
  query Breadcrumb($nodeId: ID!) {
    breadcrumb(nodeId: $nodeId) { id name level manageable }
  }
`),ha=y(`
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
`),ga=y(`
  mutation CreateDownloadLink($input: DownloadInput!) {
    createDownloadLink(input: $input) { url expiresAt }
  }
`),_a=y(`
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
`),va=y(`
  mutation AddLearner($input: AddLearnerInput!) {
    addLearner(input: $input) { id name }
  }
`),ya=y(`
  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
    updateLearner(id: $id, input: $input) { id name }
  }
`),ba=y(`
  mutation TransferOut($learnerId: ID!) {
    transferOut(learnerId: $learnerId) { id status }
  }
`),xa=y(`
  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }
  }
`),Sa=y(`
  mutation ResetLearnerPassword($learnerId: ID!) {
    resetLearnerPassword(learnerId: $learnerId)
  }
`),Ca=y(`
  mutation UnlockLearner($learnerId: ID!) {
    unlockLearner(learnerId: $learnerId)
  }
`),wa=y(`
  mutation RevealPhone($learnerId: ID!) {
    revealPhone(learnerId: $learnerId)
  }
`),Ta=y(`
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
`),Ea=y(`
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
`),Da=y(`
  query Children($campaignId: ID!, $nodeId: ID!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      children(orderBy: NAME) { nodeId name isUnit }
    }
  }
`),Oa=y(`
  query ExamSessions($campaignId: ID!, $unitId: ID) {
    examSessions(campaignId: $campaignId, unitId: $unitId) { id kind startsAt endsAt centreName seats booked }
  }
`),ka=y(`
  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
    scheduleExamSession(input: $input) { id kind startsAt endsAt }
  }
`),Aa=y(`
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
`),ja=y(`
  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }
  }
`),Ma=y(`
  query Notices {
    notices(first: 50) { nodes { id title body postedAt region { name } } }
  }
`),Na=y(`
  mutation PostNotice($input: PostNoticeInput!) {
    postNotice(input: $input) { id }
  }
`),Pa=y(`
  query AuditLog($nodeId: ID!, $first: Int!, $after: String) {
    auditLog(nodeId: $nodeId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at action actor targetKind targetId before after late }
    }
  }
`),Fa=y(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) { id role }
  }
`),Ia=y(`
  query CampaignForYear($year: Int!) {
    campaign(year: $year) {
      id
      year
      title
      readerTitle
      verificationDeadline
      studyStart
      requiredPoints
      categories { category points required }
      mainWindow { start end }
      makeupWindow { start end }
      passScore
      durationMinutes
      blueprint { type count pointsEach }
      mainAttempts
      makeupAttempts
      answerGraceSeconds
      dailyPointsCap
      reviewMode
    }
  }
`),La=y(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) { id year title }
  }
`),Ra=y(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) { id year title }
  }
`),$=m({loaded:!1,name:``,context:null,campaign:null});function za(){async function e(e=!1){var t;if($.loaded&&!e)return;let n=await v(pa);$.name=n.me.name,$.context=n.consoleContext,$.campaign=(t=n.currentCampaign)==null?null:t,$.loaded=!0}function t(e){var t,n;return(t=(n=$.context)==null?void 0:n.sections.includes(e))!=null&&t}async function n(){try{await v(fa)}catch{}r()}function r(){d(null),$.loaded=!1,$.context=null,$.campaign=null}return{state:$,load:e,may:t,logout:n,forget:r}}export{ki as $,_e as $t,sa as A,An as At,zi as B,N as Bt,ka as C,Zn as Ct,Ra as D,zn as Dt,Ca as E,W as Et,ea as F,qt as Ft,Si as G,qe as Gt,Ii as H,Qe as Ht,$i as I,Ht as It,yi as J,We as Jt,xi as K,M as Kt,Yi as L,Bt as Lt,na as M,U as Mt,ra as N,Dn as Nt,ya as O,Mn as Ot,ia as P,Xt as Pt,Di as Q,O as Qt,qi as R,Rt,_a as S,Qn as St,ba as T,qn as Tt,_i as U,Xe as Ut,Bi as V,at as Vt,Y as W,Ye as Wt,Ei as X,Ee as Xt,Oi as Y,Ve as Yt,vi as Z,k as Zt,Ta as _,Zr as _t,ua as a,di as at,Sa as b,mr as bt,Ia as c,ni as ct,ga as d,ri as dt,D as en,Ai as et,ha as f,oi as ft,Fa as g,Qr as gt,Aa as h,$r as ht,da as i,ie as in,mi as it,oa as j,kn as jt,ca as k,jn as kt,Da as l,ai as lt,Oa as m,ti as mt,Ea as n,C as nn,gi as nt,Pa as o,li as ot,ja as p,si as pt,X as q,Ge as qt,va as r,S as rn,pi as rt,ma as s,ci as st,za as t,E as tn,J as tt,La as u,ii as ut,Ma as v,Xr as vt,xa as w,Xn as wt,wa as x,pr as xt,Na as y,Yr as yt,Ki as z,Ft as zt};