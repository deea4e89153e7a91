#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    hls::stream<input_t> &input_1,
    hls::stream<result_t> &layer11_out
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS INTERFACE axis port=input_1,layer11_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<fa_weight_t, 16>(w2, "w2.txt");
        nnet::load_weights_from_txt<fa_bias_t, 4>(b2, "b2.txt");
        nnet::load_weights_from_txt<fb_weight_t, 16>(w4, "w4.txt");
        nnet::load_weights_from_txt<fb_bias_t, 4>(b4, "b4.txt");
        nnet::load_weights_from_txt<out_weight_t, 24>(w11, "w11.txt");
        nnet::load_weights_from_txt<out_bias_t, 2>(b11, "b11.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    hls::stream<input_t> layer13_cpy1("layer13_cpy1");
    #pragma HLS STREAM variable=layer13_cpy1 depth=1

    hls::stream<input_t> layer13_cpy2("layer13_cpy2");
    #pragma HLS STREAM variable=layer13_cpy2 depth=1

    hls::stream<fa_result_t> layer2_out("layer2_out");
    #pragma HLS STREAM variable=layer2_out depth=1

    hls::stream<fa_result_t> layer14_cpy1("layer14_cpy1");
    #pragma HLS STREAM variable=layer14_cpy1 depth=1

    hls::stream<fa_result_t> layer14_cpy2("layer14_cpy2");
    #pragma HLS STREAM variable=layer14_cpy2 depth=1

    hls::stream<fa_result_t> layer14_cpy3("layer14_cpy3");
    #pragma HLS STREAM variable=layer14_cpy3 depth=1

    hls::stream<fb_result_t> layer4_out("layer4_out");
    #pragma HLS STREAM variable=layer4_out depth=1

    hls::stream<fb_result_t> layer15_cpy1("layer15_cpy1");
    #pragma HLS STREAM variable=layer15_cpy1 depth=1

    hls::stream<fb_result_t> layer15_cpy2("layer15_cpy2");
    #pragma HLS STREAM variable=layer15_cpy2 depth=1

    hls::stream<fb_result_t> layer15_cpy3("layer15_cpy3");
    #pragma HLS STREAM variable=layer15_cpy3 depth=1

    hls::stream<mx_result_t> layer6_out("layer6_out");
    #pragma HLS STREAM variable=layer6_out depth=1

    hls::stream<av_result_t> layer7_out("layer7_out");
    #pragma HLS STREAM variable=layer7_out depth=1

    hls::stream<c1_result_t> layer8_out("layer8_out");
    #pragma HLS STREAM variable=layer8_out depth=1

    hls::stream<mu_result_t> layer9_out("layer9_out");
    #pragma HLS STREAM variable=layer9_out depth=1

    hls::stream<cat_result_t> layer10_out("layer10_out");
    #pragma HLS STREAM variable=layer10_out depth=1

    nnet::clone_stream<input_t, input_t, 4>(input_1, layer13_cpy1, layer13_cpy2); // clone_input_1

    nnet::dense<input_t, fa_result_t, config2>(layer13_cpy1, layer2_out, w2, b2); // fa

    nnet::clone_stream<fa_result_t, fa_result_t, 4>(layer2_out, layer14_cpy1, layer14_cpy2, layer14_cpy3); // clone_fa

    nnet::dense<input_t, fb_result_t, config4>(layer13_cpy2, layer4_out, w4, b4); // fb

    nnet::clone_stream<fb_result_t, fb_result_t, 4>(layer4_out, layer15_cpy1, layer15_cpy2, layer15_cpy3); // clone_fb

    nnet::maximum<fa_result_t, fb_result_t, mx_result_t, config6>(layer14_cpy1, layer15_cpy1, layer6_out); // mx

    nnet::average<fa_result_t, fb_result_t, av_result_t, config7>(layer14_cpy2, layer15_cpy2, layer7_out); // av

    nnet::concatenate1d<mx_result_t, av_result_t, c1_result_t, config8>(layer6_out, layer7_out, layer8_out); // c1

    nnet::multiply<fa_result_t, fb_result_t, mu_result_t, config9>(layer14_cpy3, layer15_cpy3, layer9_out); // mu

    nnet::concatenate1d<c1_result_t, mu_result_t, cat_result_t, config10>(layer8_out, layer9_out, layer10_out); // cat

    nnet::dense<cat_result_t, result_t, config11>(layer10_out, layer11_out, w11, b11); // out

}

